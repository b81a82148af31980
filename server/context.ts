/** What every route needs: the database, the configuration, the logger and the response cache. */
import type { Logger } from 'pino'
import type { Config } from '../core/config'
import type { Database } from '../core/db/database'
import type { JsonCache } from './http/cached-json'

export interface AppContext {
  db: Database
  config: Config
  logger: Logger
  version: string
  cache: JsonCache
  /** A token that changes whenever data is loaded, for caches and ETags. */
  dataVersion(): Promise<string>
}
