/**
 * Sustained mixed load (issue 6): 100 connections for minutes against PostGIS with 1,000,000 requests,
 * a map session's mix of metrics, tiles, nearest services and profiles. Reports errors, latency per
 * endpoint and the server's RSS over time; and the throughput of one and of two API processes.
 */
import type { ChildProcess } from 'node:child_process'
import pg from 'pg'
import { figures, type EndpointFigures } from './api'
import { measureCpu, type CpuShare } from './cpu-share'
import { driveMixedLoad, type LabelledPath, type LoadResult } from './http-load'
import { startServerProcess, type ServerProcess } from './server-process'
import { trafficFor, warmMetrics, type Traffic } from './traffic'

/** The share of each endpoint in the mix: tiles and metrics as a map redraws, a look at a profile or services now and then. */
const MIX: { label: string; share: number; path: (t: Traffic) => string }[] = [
  { label: '/api/metrics', share: 0.35, path: (t) => t.metrics() },
  { label: '/api/tiles', share: 0.35, path: (t) => t.tile() },
  { label: '/api/services/near', share: 0.15, path: (t) => t.near() },
  { label: '/api/territories/{id}/profile', share: 0.15, path: (t) => t.profile() },
]

/** Describes the mix for the report. */
export const MIX_DESCRIPTION = MIX.map((m) => `${m.label} ${Math.round(m.share * 100)} %`).join(', ')

function mixOf(traffic: Traffic): () => LabelledPath {
  let seed = 7
  // A generator of its own, so the mix does not shift the traffic's reproducible sequences.
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
  return () => {
    let r = random()
    for (const m of MIX) {
      if (r < m.share) return { label: m.label, path: m.path(traffic) }
      r -= m.share
    }
    const last = MIX[MIX.length - 1] as (typeof MIX)[number]
    return { label: last.label, path: last.path(traffic) }
  }
}

function merge(results: Map<string, LoadResult>): LoadResult {
  const all: LoadResult = { requests: 0, errors: 0, statuses: {}, seconds: 0, latenciesMs: [], serverMs: 0, dbMs: 0 }
  for (const r of results.values()) {
    all.requests += r.requests
    all.errors += r.errors
    all.seconds = r.seconds
    all.serverMs += r.serverMs
    all.dbMs += r.dbMs
    for (const [status, n] of Object.entries(r.statuses)) all.statuses[status] = (all.statuses[status] ?? 0) + n
    for (const ms of r.latenciesMs) all.latenciesMs.push(ms)
  }
  all.latenciesMs.sort((a, b) => a - b)
  return all
}

/** Starts `count` servers on `url`'s database, on ports from `firstPort`; stops those started if one fails. */
async function startServers(databaseUrl: string, count: number, firstPort: number): Promise<ServerProcess[]> {
  const servers: ServerProcess[] = []
  try {
    for (let i = 0; i < count; i++) servers.push(await startServerProcess({ DATABASE_URL: databaseUrl, LACUNES_DEMO: 'off' }, firstPort + i))
  } catch (error) {
    await Promise.all(servers.map((s) => s.stop()))
    throw error
  }
  return servers
}

/** The PostgreSQL backends serving `databaseUrl`'s database, other than the one asking. */
function backendsOf(databaseUrl: string): () => Promise<number[]> {
  return async () => {
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    try {
      const { rows } = await client.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
      )
      return rows.map((r) => r.pid)
    } finally {
      await client.end()
    }
  }
}

export interface RssSample {
  seconds: number
  mb: number
}

export interface LoadFigures {
  requestsStored: number
  connections: number
  seconds: number
  warmupSeconds: number
  total: EndpointFigures
  endpoints: EndpointFigures[]
  statuses: Record<string, number>
  /** RSS every 10 s from the end of the warm-up. */
  rss: RssSample[]
  /** Growth over the run of the least-squares line through the RSS samples, in % of its start. */
  rssGrowthPercent: number
  rssPeakMb: number
  cpu: CpuShare
}

/** Serves the API on `databaseUrl` (one process), warms it, then drives the mix while sampling the server's RSS. */
export async function benchLoad(databaseUrl: string, options: { connections: number; seconds: number; warmupSeconds: number }): Promise<LoadFigures> {
  const [server] = await startServers(databaseUrl, 1, 3930)
  if (!server) throw new Error('load: no server started')
  try {
    const traffic = await trafficFor(server.url)
    const next = mixOf(traffic)
    await warmMetrics(server.url, traffic)
    await driveMixedLoad([server.url], next, options.connections, options.warmupSeconds)

    const rss: RssSample[] = []
    const started = performance.now()
    const sample = async () => rss.push({ seconds: Math.round((performance.now() - started) / 1000), mb: (await server.rssKb()) / 1024 })
    await sample()
    const cpu = await measureCpu([pid(server.child)], backendsOf(databaseUrl))
    const sampling = setInterval(() => void sample(), 10_000)
    let results: Map<string, LoadResult>
    try {
      results = await driveMixedLoad([server.url], next, options.connections, options.seconds)
    } finally {
      clearInterval(sampling)
    }
    const share = await cpu()
    await sample()
    const total = merge(results)
    return {
      requestsStored: traffic.requestsStored,
      connections: options.connections,
      seconds: total.seconds,
      warmupSeconds: options.warmupSeconds,
      total: figures('all', total),
      endpoints: MIX.map((m) => figures(m.label, results.get(m.label) ?? merge(new Map()))),
      statuses: total.statuses,
      rss,
      rssGrowthPercent: trendGrowthPercent(rss),
      rssPeakMb: Math.max(...rss.map((s) => s.mb)),
      cpu: share,
    }
  } finally {
    await server.stop()
  }
}

/**
 * The RSS growth over the run, from the least-squares line through the samples: a garbage collection
 * moves one sample by a hundred MB either way, a leak moves the line.
 */
export function trendGrowthPercent(samples: readonly RssSample[]): number {
  const n = samples.length
  if (n < 2) return Number.NaN
  const meanT = samples.reduce((sum, s) => sum + s.seconds, 0) / n
  const meanMb = samples.reduce((sum, s) => sum + s.mb, 0) / n
  let covariance = 0
  let variance = 0
  for (const s of samples) {
    covariance += (s.seconds - meanT) * (s.mb - meanMb)
    variance += (s.seconds - meanT) ** 2
  }
  const slope = covariance / variance
  const first = (samples[0] as RssSample).seconds
  const last = (samples[n - 1] as RssSample).seconds
  const start = meanMb + slope * (first - meanT)
  return ((slope * (last - first)) / start) * 100
}

function pid(child: ChildProcess): number {
  if (child.pid === undefined) throw new Error('the server process has no pid')
  return child.pid
}

export interface ScalingFigures {
  processes: number
  rps: number
  p50: number
  p99: number
  errors: number
  statuses: Record<string, number>
  cpu: CpuShare
}

/** Answers per second of the mix with 1 and with 2 API processes on the same database, connections spread over them. */
export async function benchScaling(databaseUrl: string, options: { connections: number; seconds: number; warmupSeconds: number }): Promise<ScalingFigures[]> {
  const runs: ScalingFigures[] = []
  for (const processes of [1, 2]) {
    const servers = await startServers(databaseUrl, processes, 3940)
    try {
      const urls = servers.map((s) => s.url)
      const traffic = await trafficFor(urls[0] as string)
      const next = mixOf(traffic)
      // Each process has its own cache: each is warmed, as each would be after a day in production.
      for (const url of urls) await warmMetrics(url, traffic)
      await driveMixedLoad(urls, next, options.connections, options.warmupSeconds)
      const cpu = await measureCpu(servers.map((s) => pid(s.child)), backendsOf(databaseUrl))
      const total = merge(await driveMixedLoad(urls, next, options.connections, options.seconds))
      const f = figures('all', total)
      runs.push({ processes, rps: f.rps, p50: f.p50, p99: f.p99, errors: f.errors, statuses: total.statuses, cpu: await cpu() })
    } finally {
      await Promise.all(servers.map((s) => s.stop()))
    }
  }
  return runs
}
