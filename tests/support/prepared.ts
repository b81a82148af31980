/** A database with the schema, the reference geodata and a small demo dataset, for API and ETL tests. */
import type { Database } from '../../core/db/database'
import { runDemo } from '../../etl/demo/run-demo'
import { prepareDatabase } from '../../etl/prepare'
import { tempCopy, type Backend } from './databases'
import { snapshots } from './snapshots'
import { TEST_DEMO } from './test-demo'

/**
 * A new database of `backend` holding the reference geodata and, with `demo`, the test demo: a copy of
 * the run's snapshot when the global setup built one, otherwise prepared here.
 */
export async function preparedDatabase(backend: Backend, demo = true): Promise<Database> {
  const prepared = snapshots()
  if (prepared) {
    const kind = demo ? 'demo' : 'reference'
    const source = backend.name === 'pglite' ? prepared.pglite[kind] : prepared.postgis?.[kind]
    if (source) return backend.copyOf(source)
  }
  const db = await backend.open()
  await prepareDatabase(db)
  if (demo) await runDemo(db, TEST_DEMO)
  return db
}

/**
 * A new embedded-database folder for a server started by a test: a copy of the run's demo snapshot
 * (the server then finds its data and skips the demo), or an empty folder when there is none.
 */
export function preparedDataDir(prefix: string): string {
  return tempCopy(prefix, snapshots()?.pglite.demo)
}
