/** Chooses the backend from the configuration: a server when a URL is given, else the embedded one. */
import type { Database } from './database'
import { openPglite } from './pglite'
import { openPostgres } from './postgres'

export interface DatabaseConfig {
  /** postgres://… of a PostgreSQL/PostGIS server; absent = embedded PGlite. */
  url?: string | undefined
  /** Folder of the embedded database; absent = in memory. */
  dataDir?: string | undefined
  /** Told about what the caller should log, such as a recovery after a crash. */
  warn?: (message: string) => void
}

/** Opens the configured database (without migrating it). */
export function openDatabase(config: DatabaseConfig): Promise<Database> {
  return config.url ? openPostgres(config.url) : openPglite(config.dataDir, { warn: config.warn })
}
