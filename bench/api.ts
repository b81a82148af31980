/**
 * API benchmark: a server process on PostGIS holding 1,000,000 requests (and on the embedded PGlite),
 * driven by 50 connections for 30 s per endpoint: /api/metrics (MRC and neighbourhood levels, random
 * categories and periods), /api/tiles and /api/services/near.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import pg from 'pg'
import { driveLoad, quantile, type LoadResult } from './http-load'
import { startServerProcess } from './server-process'
import { trafficFor, warmMetrics } from './traffic'

const ROOT = new URL('../', import.meta.url).pathname
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs')

export interface EndpointFigures {
  endpoint: string
  requests: number
  rps: number
  p50: number
  p99: number
  errors: number
  /** Share of server time spent outside SQL (Server-Timing). */
  outsideSql: number
  /** Mean time in the server and in SQL per answer (Server-Timing), queueing for a connection included. */
  serverMeanMs: number
  dbMeanMs: number
}

export interface BackendFigures {
  backend: string
  requests: number
  endpoints: EndpointFigures[]
  rssMb: number
}

/** Throughput, latency quantiles, errors and the share outside SQL of one endpoint's load. */
export function figures(endpoint: string, r: LoadResult): EndpointFigures {
  return {
    endpoint,
    requests: r.requests,
    rps: r.requests / r.seconds,
    p50: quantile(r.latenciesMs, 0.5),
    p99: quantile(r.latenciesMs, 0.99),
    errors: r.errors,
    outsideSql: r.serverMs > 0 ? 1 - r.dbMs / r.serverMs : Number.NaN,
    serverMeanMs: r.serverMs / r.requests,
    dbMeanMs: r.dbMs / r.requests,
  }
}

/** Makes sure the PostGIS database at `url` holds the demo with `requests` requests. */
export async function ensurePostgisData(adminUrl: string, requests: number): Promise<string> {
  const name = `lacunes_bench_${requests}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount
  if (!exists) await admin.query(`CREATE DATABASE ${name}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  const db = new pg.Client({ connectionString: url.toString() })
  await db.connect()
  const count = await db.query<{ n: string }>(`SELECT count(*) AS n FROM request`).then((r) => Number(r.rows[0]?.n), () => 0)
  await db.end()
  if (count !== requests) {
    console.error(`api: loading ${requests.toLocaleString('en-CA')} demo requests into ${name}…`)
    for (const args of [['init'], ['demo', '--requests', String(requests)]]) {
      const run = spawnSync(process.execPath, [TSX, join(ROOT, 'etl/cli.ts'), ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url.toString() }, stdio: ['ignore', 'ignore', 'inherit'] })
      if (run.status !== 0) throw new Error(`etl ${args.join(' ')} failed with ${run.status}`)
    }
  }
  return url.toString()
}

/** Serves the API on `env`'s database, warms its caches, then drives each endpoint. */
async function benchBackend(backend: string, env: Record<string, string>, port: number, options: { connections: number; seconds: number }): Promise<BackendFigures> {
  const server = await startServerProcess(env, port)
  const { url } = server
  try {
    const traffic = await trafficFor(url)
    // Warm-up: every metrics query once, then a few seconds of each other endpoint.
    await warmMetrics(url, traffic)
    await driveLoad(url, traffic.tile, 8, 5)
    await driveLoad(url, traffic.near, 8, 3)
    const endpoints = [
      figures('/api/metrics', await driveLoad(url, traffic.metrics, options.connections, options.seconds)),
      figures('/api/tiles', await driveLoad(url, traffic.tile, options.connections, options.seconds)),
      figures('/api/services/near', await driveLoad(url, traffic.near, options.connections, options.seconds)),
    ]
    const rssMb = (await server.rssKb()) / 1024
    return { backend, requests: traffic.requestsStored, endpoints, rssMb: Math.round(rssMb) }
  } finally {
    await server.stop()
  }
}

/** Runs the benchmark on PostGIS (when a server URL is given) and on PGlite. */
export async function benchApi(adminUrl: string | undefined, options: { requests: number; pgliteRequests: number; connections: number; seconds: number; pglite: boolean }): Promise<BackendFigures[]> {
  const results: BackendFigures[] = []
  if (adminUrl) {
    const url = await ensurePostgisData(adminUrl, options.requests)
    results.push(await benchBackend('postgis', { DATABASE_URL: url, LACUNES_DEMO: 'off' }, 3920, options))
  }
  if (options.pglite) {
    const dataDir = join(ROOT, `data-bench-api-${options.pgliteRequests}`)
    mkdirSync(dataDir, { recursive: true })
    results.push(await benchBackend('pglite', { DATABASE_URL: '', LACUNES_DATA_DIR: dataDir, LACUNES_DEMO_REQUESTS: String(options.pgliteRequests) }, 3921, options))
  }
  return results
}
