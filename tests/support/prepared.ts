/** A database with the schema, the reference geodata and a small demo dataset, for API and ETL tests. */
import type { Database } from '../../core/db/database'
import { runDemo } from '../../etl/demo/run-demo'
import { prepareDatabase } from '../../etl/prepare'
import type { Backend } from './databases'

/** Small enough to load in seconds, large enough for every level to have data. */
export const TEST_DEMO = { requests: 30_000, organizations: 800, seed: 7 }

export async function preparedDatabase(backend: Backend, demo = true): Promise<Database> {
  const db = await backend.open()
  await prepareDatabase(db)
  if (demo) await runDemo(db, TEST_DEMO)
  return db
}
