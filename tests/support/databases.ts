/**
 * The backends every database test runs on: PGlite always; PostGIS when TEST_DATABASE_URL is set,
 * each test file in a database of its own, dropped at the end.
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import type { Database } from '../../core/db/database'
import { openPglite } from '../../core/db/pglite'
import { openPostgres } from '../../core/db/postgres'
import { skipBecause } from './require-all'

export interface Backend {
  name: 'pglite' | 'postgis'
  /** Opens a new, empty database of this backend. */
  open(): Promise<Database & { url?: string }>
}

const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL

const pglite: Backend = { name: 'pglite', open: () => openPglite() }

const postgis: Backend = {
  name: 'postgis',
  async open() {
    const admin = new pg.Client({ connectionString: TEST_DATABASE_URL })
    await admin.connect()
    const name = `lacunes_test_${randomBytes(6).toString('hex')}`
    await admin.query(`CREATE DATABASE ${name}`)
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
  },
}

/** The backends available here; says so (or fails in CI) when PostGIS is not. */
export function backends(): Backend[] {
  if (!TEST_DATABASE_URL) {
    skipBecause('PostGIS suites: TEST_DATABASE_URL is not set, so only the embedded PGlite backend is tested')
    return [pglite]
  }
  return [pglite, postgis]
}
