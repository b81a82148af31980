/**
 * The backends every database test runs on: PGlite always; PostGIS when TEST_DATABASE_URL is set,
 * each test file in a database of its own, dropped at the end.
 */
import { randomBytes } from 'node:crypto'
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import type { Database } from '../../core/db/database'
import { openPglite } from '../../core/db/pglite'
import { openPostgres } from '../../core/db/postgres'
import { skipBecause } from './require-all'

export interface Backend {
  name: 'pglite' | 'postgis'
  /** Opens a new, empty database of this backend. */
  open(): Promise<Database & { url?: string }>
  /** Opens a new database that starts as a copy of `source` (a PGlite data folder, a PostGIS template database). */
  copyOf(source: string): Promise<Database & { url?: string }>
}

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL

/** A new temporary folder named after `prefix`, holding a copy of `source` when there is one. */
export function tempCopy(prefix: string, source?: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  if (source) cpSync(source, dir, { recursive: true })
  return dir
}

/** The embedded backend, which every database suite runs on. */
export const pglite: Backend = {
  name: 'pglite',
  open: () => openPglite(),
  async copyOf(source) {
    const dir = tempCopy('lacunes-test-db-', source)
    const db = await openPglite(dir)
    return {
      ...db,
      async close() {
        await db.close()
        rmSync(dir, { recursive: true, force: true })
      },
    }
  },
}

/** Creates a database of its own for one test file, dropped when it is closed. */
async function openPostgisDatabase(template?: string): Promise<Database & { url: string }> {
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL })
  await admin.connect()
  const name = `lacunes_test_${randomBytes(6).toString('hex')}`
  await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`)
  await admin.end()
  const url = new URL(TEST_DATABASE_URL as string)
  url.pathname = `/${name}`
  const db = await openPostgres(url.toString())
  return {
    ...db,
    url: url.toString(),
    async close() {
      await db.close()
      const cleanup = new pg.Client({ connectionString: TEST_DATABASE_URL })
      await cleanup.connect()
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await cleanup.end()
    },
  }
}

const postgis: Backend = {
  name: 'postgis',
  open: () => openPostgisDatabase(),
  // Several test files may copy the same template at once: PostgreSQL allows it while nobody is connected to it.
  copyOf: (template) => openPostgisDatabase(template),
}

/** The backends available here; says so (or fails in CI) when PostGIS is not. */
export function backends(): Backend[] {
  if (!TEST_DATABASE_URL) {
    skipBecause('PostGIS suites: TEST_DATABASE_URL is not set, so only the embedded PGlite backend is tested')
    return [pglite]
  }
  return [pglite, postgis]
}
