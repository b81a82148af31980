/**
 * READ_DATABASE_URL: the API reads a PostgreSQL hot standby while imports write to the primary.
 * Builds a real primary and a streaming standby on this machine (Debian's pg_createcluster and
 * pg_basebackup), loads a small demo on the primary, serves the API on both, and shows that what the
 * API serves is what the standby has replayed: a paused replay hides a new import, and the API still
 * answers with the primary stopped.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPostgres } from '../../core/db/postgres'
import { runDemo } from '../../etl/demo/run-demo'
import { prepareDatabase } from '../../etl/prepare'
import { startChildServer, type ChildServer } from '../support/child-server'
import { skipBecause } from '../support/require-all'

const PRIMARY = ['15', 'lacprimary'] as const
const STANDBY = ['15', 'lacstandby'] as const
const PRIMARY_PORT = '5450'
const STANDBY_PORT = '5451'
const PASSWORD = 'replicatest'
const REPLICATION_PASSWORD = 'replicatest-wal'
const DATABASE = 'lacunes'
const PRIMARY_URL = `postgres://postgres:${PASSWORD}@127.0.0.1:${PRIMARY_PORT}/${DATABASE}`
const STANDBY_URL = `postgres://postgres:${PASSWORD}@127.0.0.1:${STANDBY_PORT}/${DATABASE}`
const TOKEN = 'a-long-admin-token-for-replica-test'
const CSV = 'ID;Date;Besoin;Résultat;Municipalité\nR1;2025-02-03;Logement;Non comblé;Magog\nR2;2025-02-04;Aide alimentaire;Référé;Potton\n'
/** Longer than the data version's 2 s lifetime in the server (server/data-version.ts). */
const PAST_DATA_VERSION_TTL_MS = 2500

/** Runs a command; throws with its output when it fails (unless `allowFailure`). */
function run(command: string, args: readonly string[], allowFailure = false): string {
  const result = spawnSync(command, args, { encoding: 'utf8' })
  if (!allowFailure && (result.error || result.status !== 0)) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}): ${result.stderr}${result.stdout}`)
  }
  return result.stdout
}

/** Runs a command as the postgres system user (PostgreSQL refuses to run as root). */
function asPostgres(command: string, args: readonly string[]): string {
  return run('runuser', ['-u', 'postgres', '--', command, ...args])
}

function clusterToolsMissing(): string | null {
  if (spawnSync('pg_createcluster', ['--help']).error) return 'pg_createcluster is not installed (Debian postgresql-common)'
  if (spawnSync('pg_basebackup', ['--version']).error) return 'pg_basebackup is not installed (postgresql-client-15)'
  if (spawnSync('test', ['-f', '/usr/share/postgresql/15/extension/postgis.control']).status !== 0) return 'PostGIS for PostgreSQL 15 is not installed (postgresql-15-postgis-3)'
  if (process.getuid?.() !== 0) return 'creating PostgreSQL clusters needs root'
  return null
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(text, params)).rows
  } finally {
    await client.end()
  }
}

/** Waits until the standby has replayed everything the primary has written so far. */
async function waitForReplay(timeoutMs = 60_000): Promise<void> {
  const [{ lsn } = { lsn: '' }] = await sql<{ lsn: string }>(PRIMARY_URL, 'SELECT pg_current_wal_lsn()::text AS lsn')
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const [row] = await sql<{ caught_up: boolean; replayed: string | null }>(STANDBY_URL, 'SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS caught_up, pg_last_wal_replay_lsn()::text AS replayed', [lsn])
    if (row?.caught_up) return
    if (Date.now() > deadline) throw new Error(`the standby replayed up to ${row?.replayed ?? 'nothing'}, not ${lsn}, within ${timeoutMs / 1000} s`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const missing = clusterToolsMissing()
if (missing) skipBecause(`read replica suite: ${missing}`)

describe.skipIf(missing !== null)('reads from a streaming replica (READ_DATABASE_URL)', () => {
  let server: ChildServer
  let url: string
  let dataDir: string
  /** Requests stored by the demo (help requests and outreach contacts). */
  let stored: number

  beforeAll(async () => {
    // Clusters left behind by an interrupted run would hold the ports.
    run('pg_dropcluster', ['--stop', ...STANDBY], true)
    run('pg_dropcluster', ['--stop', ...PRIMARY], true)

    // Written explicitly: PostgreSQL 15's defaults allow this, but a site's createcluster.conf may not.
    run('pg_createcluster', [...PRIMARY, '-p', PRIMARY_PORT, '-o', 'wal_level=replica', '-o', 'max_wal_senders=5', '-o', 'hot_standby=on'])
    run('sh', ['-c', `echo 'host replication replicator 127.0.0.1/32 scram-sha-256' >> /etc/postgresql/15/${PRIMARY[1]}/pg_hba.conf`])
    run('pg_ctlcluster', [...PRIMARY, 'start'])
    asPostgres('psql', ['-p', PRIMARY_PORT, '-qc', `ALTER USER postgres PASSWORD '${PASSWORD}'`])
    asPostgres('psql', ['-p', PRIMARY_PORT, '-qc', `CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD '${REPLICATION_PASSWORD}'`])
    asPostgres('psql', ['-p', PRIMARY_PORT, '-qc', `CREATE DATABASE ${DATABASE}`])

    // The standby: a cluster of its own (configuration, port) whose data directory is a base backup of the primary.
    // A fast checkpoint: the default spreads it over minutes, which was most of this suite's time.
    run('pg_createcluster', [...STANDBY, '-p', STANDBY_PORT])
    const standbyData = run('pg_conftool', ['-s', ...STANDBY, 'show', 'data_directory']).trim()
    rmSync(standbyData, { recursive: true, force: true })
    asPostgres('pg_basebackup', ['-d', `host=127.0.0.1 port=${PRIMARY_PORT} user=replicator password=${REPLICATION_PASSWORD}`, '-D', standbyData, '-R', '-X', 'stream', '--checkpoint=fast'])
    run('pg_ctlcluster', [...STANDBY, 'start'])

    // The schema and a small demo, written to the primary only.
    await sql(PRIMARY_URL, 'CREATE EXTENSION IF NOT EXISTS postgis')
    const primary = await openPostgres(PRIMARY_URL)
    try {
      await prepareDatabase(primary)
      await runDemo(primary, { requests: 3000, organizations: 300 })
      stored = Number((await primary.query<{ n: string }>('SELECT count(*) AS n FROM request'))[0]?.n)
    } finally {
      await primary.close()
    }
    await waitForReplay()

    dataDir = mkdtempSync(join(tmpdir(), 'lacunes-replica-'))
    server = startChildServer({ DATABASE_URL: PRIMARY_URL, READ_DATABASE_URL: STANDBY_URL, LACUNES_DATA_DIR: dataDir, LACUNES_DEMO: 'off', ADMIN_TOKEN: TOKEN })
    url = await server.ready(180_000)
  }, 600_000)

  afterAll(async () => {
    await server?.stop()
    run('pg_dropcluster', ['--stop', ...STANDBY], true)
    run('pg_dropcluster', ['--stop', ...PRIMARY], true)
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  const requestCount = async () => ((await (await fetch(`${url}/api/meta`)).json()) as { requests: { count: number } }).requests.count

  it('serves metrics from the standby, with the same figures as the primary holds', async () => {
    const [standby] = await sql<{ in_recovery: boolean }>(STANDBY_URL, 'SELECT pg_is_in_recovery() AS in_recovery')
    expect(standby?.in_recovery, 'the standby is a hot standby').toBe(true)
    const response = await fetch(`${url}/api/metrics?level=region&category=all&from=2025-01&to=2025-12`)
    expect(response.status).toBe(200)
    expect((await response.text()).length).toBeGreaterThan(100)
    expect(await requestCount()).toBe(stored)
    // The server's pool holds connections on the standby (the test's own is excluded).
    const [activity] = await sql<{ n: number }>(STANDBY_URL, `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1 AND backend_type = 'client backend' AND pid <> pg_backend_pid()`, [DATABASE])
    expect(activity?.n).toBeGreaterThan(0)
  })

  it('writes an import to the primary and serves it once the standby has replayed it', async () => {
    await sql(STANDBY_URL, 'SELECT pg_wal_replay_pause()')
    const form = new FormData()
    form.append('kind', 'requests')
    form.append('file', new Blob([CSV], { type: 'text/csv' }), 'appels.csv')
    const response = await fetch(`${url}/api/imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${TOKEN}` } })
    // On the standby this would fail: a read-only transaction cannot insert.
    expect(response.status, await response.clone().text()).toBe(201)
    expect((await response.json()).added).toBe(2)
    const [onPrimary] = await sql<{ n: number }>(PRIMARY_URL, 'SELECT count(*)::int AS n FROM request')
    expect(onPrimary?.n).toBe(stored + 2)

    // The data version comes from the standby, so while its replay is paused the API keeps serving the old data.
    await sleep(PAST_DATA_VERSION_TTL_MS)
    expect(await requestCount()).toBe(stored)

    await sql(STANDBY_URL, 'SELECT pg_wal_replay_resume()')
    await waitForReplay()
    // A known data version is served while its refresh runs in the background: the new data shows within a few answers.
    await expect.poll(requestCount, { timeout: 10_000, interval: 250 }).toBe(stored + 2)
  })

  it('keeps answering reads with the primary stopped', async () => {
    run('pg_ctlcluster', [...PRIMARY, 'stop'])
    // Past the data version's lifetime, so nothing is answered from a cache without asking the standby.
    await sleep(PAST_DATA_VERSION_TTL_MS)
    const health = await fetch(`${url}/api/health`)
    expect(health.status).toBe(200)
    expect(((await health.json()) as { db: string }).db).toBe('postgis')
    // Parameters not asked before: computed now, on the standby.
    for (const path of ['/api/metrics?level=mrc&category=food&from=2025-02&to=2025-04', '/api/territories?level=region', '/api/levels']) {
      const response = await fetch(url + path)
      expect(response.status, path).toBe(200)
    }
    expect(server.process.exitCode, 'the server process is still running').toBeNull()
  })
})
