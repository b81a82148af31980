/** Applies the versioned SQL migrations of core/db/migrations in order, each once, idempotently. */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Database } from './database'

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url))
/** Any constant shared by every Lacunes process, so two starting at once don't both migrate. */
const MIGRATION_LOCK_KEY = 7_164_221

export interface Migration {
  version: number
  name: string
  /** The file it came from, to name in errors. */
  file: string
  sql: string
  checksum: string
}

/** Reads the migration files (`NNN_name.sql`). */
export function readMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((file) => /^\d{3}_[a-z0-9_]+\.sql$/.test(file))
    .sort()
    .map((file) => {
      const sql = readFileSync(dir + file, 'utf8')
      return {
        version: Number(file.slice(0, 3)),
        file,
        name: file.slice(4, -4),
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      }
    })
}

/** Brings the schema up to date; returns the versions applied now. Refuses an edited past migration. */
export async function migrate(db: Database, migrations = readMigrations()): Promise<number[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migration (
    version integer PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`)
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY])
    const applied = await tx.query<{ version: number; checksum: string }>('SELECT version, checksum FROM schema_migration')
    const known = new Map(applied.map((row) => [row.version, row.checksum]))
    const done: number[] = []
    for (const migration of migrations) {
      const checksum = known.get(migration.version)
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new Error(
            `migration ${migration.file} was changed after it was applied; add a new migration instead`,
          )
        }
        continue
      }
      try {
        await tx.exec(migration.sql)
      } catch (error) {
        throw new Error(`migration ${migration.file} failed: ${(error as Error).message}`, { cause: error })
      }
      await tx.query('INSERT INTO schema_migration (version, name, checksum) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        migration.checksum,
      ])
      done.push(migration.version)
    }
    return done
  })
}
