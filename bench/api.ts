/**
 * API benchmark: a server process on PostGIS holding 1,000,000 requests (and on the embedded PGlite),
 * driven by 50 connections for 30 s per endpoint: /api/metrics (MRC and neighbourhood levels, random
 * categories and periods), /api/tiles and /api/services/near.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import pg from 'pg'
import { driveLoad, quantile, type LoadResult } from './http-load'
import { monthOfIsoWeek } from '../core/domain/iso-week'
import { Random } from '../etl/demo/random'

const ROOT = new URL('../', import.meta.url).pathname
const TSX = join(ROOT, 'node_modules/tsx/dist/cli.mjs')

/** Where people live, for tiles and origins: Montréal, Québec, Gatineau, Sherbrooke, Saguenay, Trois-Rivières. */
const CITIES: [number, number][] = [[-73.6, 45.52], [-71.25, 46.82], [-75.7, 45.45], [-71.9, 45.4], [-71.07, 48.42], [-72.55, 46.35]]

/** The periods a user picks: each month, each quarter, each calendar year, the last 12 months. */
export function usualPeriods(first: string, last: string): [string, string][] {
  const months: string[] = []
  for (let d = new Date(`${first}-01T00:00:00Z`); d.toISOString().slice(0, 7) <= last; d.setUTCMonth(d.getUTCMonth() + 1)) months.push(d.toISOString().slice(0, 7))
  const periods: [string, string][] = months.map((m) => [m, m])
  for (const m of months) {
    const month = Number(m.slice(5))
    if (month % 3 === 1 && months.includes(`${m.slice(0, 5)}${String(month + 2).padStart(2, '0')}`)) periods.push([m, `${m.slice(0, 5)}${String(month + 2).padStart(2, '0')}`])
    if (month === 1 && months.includes(`${m.slice(0, 4)}-12`)) periods.push([m, `${m.slice(0, 4)}-12`])
  }
  if (months.length >= 12) periods.push([months[months.length - 12] as string, last])
  return periods
}

function tilePath(random: () => number, levels: string[]): string {
  const [lon, lat] = CITIES[Math.floor(random() * CITIES.length)] as [number, number]
  const z = 5 + Math.floor(random() * 8)
  const jitter = 2 / 2 ** (z - 5)
  const x = Math.floor((((lon + (random() - 0.5) * jitter) + 180) / 360) * 2 ** z)
  const latRad = ((lat + (random() - 0.5) * jitter) * Math.PI) / 180
  const y = Math.floor(((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2) * 2 ** z)
  return `/api/tiles/${levels[Math.floor(random() * levels.length)]}/${z}/${x}/${y}.mvt`
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`)
    try {
      if ((await fetch(`${url}/api/health`)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`)
}

export interface EndpointFigures {
  endpoint: string
  requests: number
  rps: number
  p50: number
  p99: number
  errors: number
  /** Share of server time spent outside SQL (Server-Timing). */
  outsideSql: number
}

export interface BackendFigures {
  backend: string
  requests: number
  endpoints: EndpointFigures[]
  rssMb: number
}

function figures(endpoint: string, r: LoadResult): EndpointFigures {
  return {
    endpoint,
    requests: r.requests,
    rps: r.requests / r.seconds,
    p50: quantile(r.latenciesMs, 0.5),
    p99: quantile(r.latenciesMs, 0.99),
    errors: r.errors,
    outsideSql: r.serverMs > 0 ? 1 - r.dbMs / r.serverMs : Number.NaN,
  }
}

/** Makes sure the PostGIS database at `url` holds the demo with `requests` requests. */
async function ensurePostgisData(adminUrl: string, requests: number): Promise<string> {
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
  // One process (tsx as a loader, not its CLI wrapper), so the RSS measured is the server's.
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn', LACUNES_RATE_LIMIT: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  try {
    await waitForHealth(url, child, 900_000)
    const meta = (await (await fetch(`${url}/api/meta`)).json()) as { requests: { count: number; first_week: string; last_week: string } }
    const categories = ((await (await fetch(`${url}/api/categories`)).json()) as { id: string; parent_id: string | null }[]).filter((c) => c.parent_id === null).map((c) => c.id)
    const first = monthOfIsoWeek(meta.requests.first_week).slice(0, 7)
    const last = monthOfIsoWeek(meta.requests.last_week).slice(0, 7)
    const periods = usualPeriods(first, last)
    const seeded = new Random(42)
    const random = () => seeded.next()
    const metricsPaths: string[] = []
    for (const level of ['mrc', 'neighbourhood']) for (const category of ['all', ...categories]) for (const [from, to] of periods) metricsPaths.push(`/api/metrics?level=${level}&category=${category}&from=${from}&to=${to}`)
    // Warm-up: every metrics query once, as a day of use would (4 at a time), then a few seconds of each other endpoint.
    let next = 0
    await Promise.all(Array.from({ length: 4 }, async () => {
      while (next < metricsPaths.length) await (await fetch(url + (metricsPaths[next++] as string))).arrayBuffer()
    }))
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T
    const near = () => {
      const [lon, lat] = pick(CITIES)
      return `/api/services/near?lon=${(lon + (random() - 0.5) * 0.4).toFixed(4)}&lat=${(lat + (random() - 0.5) * 0.3).toFixed(4)}&category=${pick(categories)}&limit=10`
    }
    const tiles = () => tilePath(random, ['mrc', 'neighbourhood'])
    await driveLoad(url, tiles, 8, 5)
    await driveLoad(url, near, 8, 3)
    const endpoints = [
      figures('/api/metrics', await driveLoad(url, () => pick(metricsPaths), options.connections, options.seconds)),
      figures('/api/tiles', await driveLoad(url, tiles, options.connections, options.seconds)),
      figures('/api/services/near', await driveLoad(url, near, options.connections, options.seconds)),
    ]
    const rssMb = Number(spawnSync('ps', ['-o', 'rss=', '-p', String(child.pid)]).stdout.toString().trim()) / 1024
    return { backend, requests: meta.requests.count, endpoints, rssMb: Math.round(rssMb) }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
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
