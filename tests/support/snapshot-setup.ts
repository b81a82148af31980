/**
 * Vitest global setup: builds the prepared databases every database test file starts from (see
 * snapshots.ts), on PGlite in a temporary folder and on PostGIS as template databases, and removes
 * them when the run ends.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import type { Database } from '../../core/db/database'
import { openPglite } from '../../core/db/pglite'
import { openPostgres } from '../../core/db/postgres'
import { runDemo } from '../../etl/demo/run-demo'
import { prepareDatabase } from '../../etl/prepare'
import { TEST_DEMO } from './test-demo'
import type { SnapshotKind, Snapshots } from './snapshots'

/** Prepares `db` (migrations and geodata), or adds the test demo to a copy of the prepared one. */
async function fill(db: Database, kind: SnapshotKind): Promise<void> {
  try {
    if (kind === 'reference') await prepareDatabase(db)
    else await runDemo(db, TEST_DEMO)
  } finally {
    await db.close()
  }
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

// The demo snapshot starts as a copy of the reference one: the geodata is loaded once per backend.
async function buildPglite(root: string): Promise<Snapshots['pglite']> {
  const dirs = { reference: join(root, 'reference'), demo: join(root, 'demo') }
  await fill(await openPglite(dirs.reference), 'reference')
  // The lock file is released on close; nothing else of a process is left in the folder to copy.
  cpSync(dirs.reference, dirs.demo, { recursive: true })
  await fill(await openPglite(dirs.demo), 'demo')
  return dirs
}

async function buildPostgis(url: string, run: string): Promise<Snapshots['postgis']> {
  const names = { reference: `lacunes_tpl_${run}_reference`, demo: `lacunes_tpl_${run}_demo` }
  const open = (name: string) => {
    const target = new URL(url)
    target.pathname = `/${name}`
    return openPostgres(target.toString())
  }
  await adminQuery(url, `CREATE DATABASE ${names.reference}`)
  await fill(await open(names.reference), 'reference')
  await adminQuery(url, `CREATE DATABASE ${names.demo} TEMPLATE ${names.reference}`)
  await fill(await open(names.demo), 'demo')
  return names
}

/** Builds the snapshots (both backends at once) and provides their locations to the test files. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = mkdtempSync(join(tmpdir(), 'lacunes-snapshots-'))
  const run = `${process.pid}_${Date.now().toString(36)}`
  const url = process.env.TEST_DATABASE_URL
  const started = Date.now()
  const [pglite, postgis] = await Promise.all([buildPglite(root), url ? buildPostgis(url, run) : Promise.resolve(null)])
  console.log(`[snapshots] prepared databases built in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  project.provide('snapshots', { pglite, postgis })
  return async () => {
    rmSync(root, { recursive: true, force: true })
    if (url && postgis) for (const name of Object.values(postgis)) await adminQuery(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  }
}
