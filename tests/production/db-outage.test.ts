/**
 * PostgreSQL goes away under traffic and comes back: the server answers 503 database_unavailable with
 * Retry-After meanwhile, never a 500, does not crash, and serves again without a restart.
 * The database is a throwaway local cluster (pg_createcluster), stopped and started for real.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startChildServer, type ChildServer } from '../support/child-server'
import { skipBecause } from '../support/require-all'

const CLUSTER = ['15', 'faulttest'] as const
const PORT = '5442'
const PASSWORD = 'faulttest'
const CLUSTER_URL = `postgres://postgres:${PASSWORD}@127.0.0.1:${PORT}/postgres`

/** Runs a command; throws with its output when it fails (unless `allowFailure`). */
function run(command: string, args: readonly string[], allowFailure = false): string {
  const result = spawnSync(command, args, { encoding: 'utf8' })
  if (!allowFailure && (result.error || result.status !== 0)) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}): ${result.stderr}${result.stdout}`)
  }
  return result.stdout
}

function clusterToolsMissing(): string | null {
  if (spawnSync('pg_createcluster', ['--help']).error) return 'pg_createcluster is not installed (Debian postgresql-common)'
  if (!existsPostgis()) return 'PostGIS for PostgreSQL 15 is not installed (postgresql-15-postgis-3)'
  if (process.getuid?.() !== 0) return 'creating a PostgreSQL cluster needs root'
  return null
}

function existsPostgis(): boolean {
  return spawnSync('test', ['-f', '/usr/share/postgresql/15/extension/postgis.control']).status === 0
}

const missing = clusterToolsMissing()
if (missing) skipBecause(`database outage suite: ${missing}`)

describe.skipIf(missing !== null)('PostgreSQL outage under traffic', () => {
  let server: ChildServer
  let url: string
  let dataDir: string

  beforeAll(async () => {
    // A cluster left behind by an interrupted run would hold the port.
    run('pg_dropcluster', ['--stop', ...CLUSTER], true)
    run('pg_createcluster', [...CLUSTER, '-p', PORT])
    run('pg_ctlcluster', [...CLUSTER, 'start'])
    run('runuser', ['-u', 'postgres', '--', 'psql', '-p', PORT, '-qc', `ALTER USER postgres PASSWORD '${PASSWORD}'`])
    dataDir = mkdtempSync(join(tmpdir(), 'lacunes-outage-'))
    // The server prepares the database itself (migrations, reference geodata), as in production.
    server = startChildServer({ DATABASE_URL: CLUSTER_URL, LACUNES_DATA_DIR: dataDir, LACUNES_DEMO: 'off' })
    url = await server.ready(180_000)
  })

  afterAll(async () => {
    await server?.stop()
    run('pg_dropcluster', ['--stop', ...CLUSTER], true)
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  const PATHS = ['/api/health', '/api/levels', '/api/territories?level=region', '/api/metrics?level=region&category=all&from=2025-01&to=2025-12', '/api/meta']

  it('answers 503 with Retry-After while the database is down, never crashes, and serves again once it is back', async () => {
    for (const path of PATHS) expect((await fetch(url + path)).status, path).toBe(200)

    // Traffic all along: every answer is either a success or a clean 503.
    const seen: { path: string; status: number; body: string }[] = []
    let traffic = true
    const loop = (async () => {
      for (let i = 0; traffic; i++) {
        const path = PATHS[i % PATHS.length] as string
        const response = await fetch(url + path).catch((error: Error) => ({ status: -1, text: async () => error.message }))
        seen.push({ path, status: response.status, body: await response.text() })
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    })()

    await new Promise((resolve) => setTimeout(resolve, 300))
    run('pg_ctlcluster', [...CLUSTER, 'stop'])
    // Past the 2 s during which the data version (and cached bodies with it) may still be served.
    await new Promise((resolve) => setTimeout(resolve, 2500))
    for (const path of ['/api/health', '/api/metrics?level=mrc&category=food&from=2025-01&to=2025-06']) {
      const response = await fetch(url + path)
      const body = (await response.json()) as { error: { code: string; message: string } }
      expect(response.status, path).toBe(503)
      expect(response.headers.get('retry-after'), path).toMatch(/^\d+$/)
      expect(body.error.code).toBe('database_unavailable')
      expect(body.error.message).not.toMatch(/ECONNREFUSED|5442|127\.0\.0\.1|terminat/i)
    }
    expect(server.process.exitCode, 'the server process is still running').toBeNull()

    run('pg_ctlcluster', [...CLUSTER, 'start'])
    const restarted = Date.now()
    let healthy = false
    while (!healthy && Date.now() - restarted < 10_000) {
      const statuses = await Promise.all(PATHS.map((path) => fetch(url + path).then((r) => r.status)))
      healthy = statuses.every((status) => status === 200)
      if (!healthy) await new Promise((resolve) => setTimeout(resolve, 200))
    }
    const recoveryMs = Date.now() - restarted
    traffic = false
    await loop

    expect(healthy, `still failing ${recoveryMs} ms after the database came back`).toBe(true)
    console.log(`[db-outage] ${seen.length} requests; served again ${recoveryMs} ms after the database restarted`)
    const statuses = new Set(seen.map((s) => s.status))
    expect([...statuses].sort()).toEqual([200, 503])
    for (const answer of seen.filter((s) => s.status === 503)) expect(JSON.parse(answer.body).error.code, answer.path).toBe('database_unavailable')
    expect(server.process.exitCode).toBeNull()
    expect(server.output()).not.toMatch(/uncaught|unhandled/i)
  })
})
