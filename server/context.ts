/** What every route needs: the database, the configuration, the logger and the response cache. */
import type { Logger } from 'pino'
import type { Config } from '../core/config'
import type { Database } from '../core/db/database'
import type { JsonCache } from './http/cached-json'

export interface AppContext {
  /** Where the API reads: the replica when READ_DATABASE_URL is set, else the one database. */
  db: Database
  /** Where writes (imports) go: the primary (DATABASE_URL); absent, `db` is the primary. */
  primary?: Database
  config: Config
  logger: Logger
  version: string
  cache: JsonCache
  /** A token that changes whenever data is loaded, for caches and ETags; read from `db`, which is what the API serves. */
  dataVersion(): Promise<string>
}
