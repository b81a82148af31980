/** Prometheus gauges of the data behind the API, read from the database at each scrape: loads, last load, database up. */
import { Gauge, type Registry } from 'prom-client'
import type { Database } from '../../core/db/database'

interface DataState {
  up: boolean
  loads?: number
  lastSeconds?: number | null
}

/** Registers the gauges; one query serves every gauge of a scrape. */
export function dataMetrics(db: Database, registry: Registry, info: { version: string }): void {
  let pending: Promise<DataState> | null = null
  const read = (): Promise<DataState> =>
    (pending ??= db
      .query<{ loads: number; last: number | null }>(
        `SELECT count(*) AS loads, extract(epoch FROM max(finished_at))::float8 AS last FROM import_log WHERE status = 'succeeded'`,
      )
      .then(
        ([row]): DataState => ({ up: true, loads: row?.loads ?? 0, lastSeconds: row?.last ?? null }),
        (): DataState => ({ up: false }),
      )
      // Shared by the gauges of one scrape, read again at the next.
      .finally(() => setTimeout(() => (pending = null), 100).unref()))

  new Gauge({
    name: 'lacunes_database_up',
    help: '1 when the database answered the last scrape, else 0',
    registers: [registry],
    async collect() {
      this.set((await read()).up ? 1 : 0)
    },
  })
  new Gauge({
    name: 'lacunes_data_loads',
    help: 'Finished loads (imports, demo, reference data): the data version changes with it',
    registers: [registry],
    async collect() {
      const state = await read()
      if (state.loads !== undefined) this.set(state.loads)
    },
  })
  new Gauge({
    name: 'lacunes_last_import_timestamp_seconds',
    help: 'When the last load finished, in Unix seconds (absent before any)',
    registers: [registry],
    async collect() {
      const state = await read()
      if (typeof state.lastSeconds === 'number') this.set(state.lastSeconds)
    },
  })
  new Gauge({ name: 'lacunes_info', help: 'The running version and database backend', labelNames: ['version', 'db'] as const, registers: [registry] }).set(
    { version: info.version, db: db.kind },
    1,
  )
}
