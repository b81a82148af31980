/** Prometheus latency of every database call the API makes, by operation and outcome. */
import { Histogram, type Registry } from 'prom-client'
import type { Database, Queryable } from '../../core/db/database'

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]

type Operation = 'query' | 'exec' | 'copy' | 'transaction'

/** `db` with each call observed in a `lacunes_db_query_duration_seconds` histogram registered in `registry`. */
export function measuredDatabase(db: Database, registry: Registry): Database {
  const duration = new Histogram({
    name: 'lacunes_db_query_duration_seconds',
    help: 'Time of database calls made by the API (PGlite includes the wait for its single connection), by operation and outcome',
    labelNames: ['operation', 'outcome'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  })
  const measured = async <T>(operation: Operation, work: () => Promise<T>): Promise<T> => {
    const started = performance.now()
    let outcome = 'error'
    try {
      const result = await work()
      outcome = 'ok'
      return result
    } finally {
      duration.observe({ operation, outcome }, (performance.now() - started) / 1000)
    }
  }
  // Statements inside a transaction are counted once, as the transaction.
  const calls: Queryable = {
    query: (sql, params) => measured('query', () => db.query(sql, params)),
    exec: (sql) => measured('exec', () => db.exec(sql)),
    copyCsv: (table, columns, chunks) => measured('copy', () => db.copyCsv(table, columns, chunks)),
    copyBinary: (table, columns, chunks) => measured('copy', () => db.copyBinary(table, columns, chunks)),
  }
  return { ...calls, kind: db.kind, transaction: (fn) => measured('transaction', () => db.transaction(fn)), close: () => db.close() }
}
