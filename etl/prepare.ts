/** Brings a database to a usable state: schema migrated, reference geodata loaded (`etl init`). */
import type { Database } from '../core/db/database'
import { migrate } from '../core/db/migrate'
import { loadReference, type ReferenceLoadResult } from './reference/load-reference'

export interface PrepareResult {
  migrations: number[]
  reference: ReferenceLoadResult
}

/** Applies pending migrations and loads geodata/ if this version is not loaded yet. */
export async function prepareDatabase(db: Database): Promise<PrepareResult> {
  const migrations = await migrate(db)
  const reference = await loadReference(db)
  return { migrations, reference }
}

/** True when no request of any kind has been stored yet (an empty database gets the demo). */
export async function hasNoRequests(db: Database): Promise<boolean> {
  const [row] = await db.query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM request) AS any')
  return !row?.any
}
