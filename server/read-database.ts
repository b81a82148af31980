/**
 * The database the API reads from: a PostgreSQL streaming replica when READ_DATABASE_URL is set, so
 * GET traffic scales out while imports and migrations stay on the primary (DATABASE_URL).
 */
import type { Logger } from 'pino'
import type { Config } from '../core/config'
import type { Database } from '../core/db/database'
import { openPostgres } from '../core/db/postgres'

/** Opens READ_DATABASE_URL and checks it answers; without it, reads share `primary`. */
export async function openReadDatabase(config: Config, primary: Database, logger: Logger): Promise<Database> {
  if (!config.READ_DATABASE_URL) return primary
  const replica = await openPostgres(config.READ_DATABASE_URL)
  try {
    // A replica that does not answer at start is a configuration error, as an unreachable primary is.
    const [row] = await replica.query<{ standby: boolean; lag_seconds: number | null }>(
      `SELECT pg_is_in_recovery() AS standby, extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8 AS lag_seconds`,
    )
    // Pointing READ_DATABASE_URL at a primary works (reads just do not scale out); say so rather than refuse.
    if (!row?.standby) logger.warn('READ_DATABASE_URL is not a standby (pg_is_in_recovery() is false): reads go to another primary')
    logger.info({ standby: row?.standby ?? false, lag_seconds: row?.lag_seconds ?? null }, 'reads go to READ_DATABASE_URL')
    return replica
  } catch (error) {
    await replica.close()
    throw new Error(`READ_DATABASE_URL does not answer: ${error instanceof Error ? error.message : String(error)}`, { cause: error })
  }
}
