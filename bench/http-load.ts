import { Agent, request } from 'node:http'

/**
 * A closed-loop HTTP load driver: `connections` clients, each sending its next request as soon as the
 * previous answer is read, for `seconds`. Records latency and the server's own Server-Timing split.
 */

export interface LoadResult {
  requests: number
  errors: number
  /** Status codes other than 2xx/304, with their counts. */
  statuses: Record<string, number>
  seconds: number
  latenciesMs: number[]
  /** Σ server time and Σ SQL time, from Server-Timing. */
  serverMs: number
  dbMs: number
}

/** The q-quantile (0..1) of sorted values. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number
}

function serverTiming(header: string | null): { db: number; total: number } {
  let db = 0
  let total = 0
  for (const part of (header ?? '').split(',')) {
    const [name, duration] = part.trim().split(';dur=')
    if (name === 'db') db = Number(duration)
    if (name === 'total') total = Number(duration)
  }
  return { db, total }
}

interface Answer {
  status: number
  timing: string | null
}

/** One GET on a keep-alive agent (node:http costs the driver less CPU than fetch, leaving more to the server). */
function get(agent: Agent, base: URL, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ agent, host: base.hostname, port: base.port, path, headers: { 'accept-encoding': 'gzip' } }, (res) => {
      res.on('data', () => {})
      res.on('end', () => resolve({ status: res.statusCode ?? 0, timing: (res.headers['server-timing'] as string | undefined) ?? null }))
      res.on('error', reject)
    })
    req.on('error', reject)
    req.end()
  })
}

/** Drives load at `base` with paths from `nextPath` and returns what it saw. */
export async function driveLoad(base: string, nextPath: () => string, connections: number, seconds: number): Promise<LoadResult> {
  const results = await driveMixedLoad([base], () => ({ label: '', path: nextPath() }), connections, seconds)
  return results.get('') ?? emptyResult(seconds)
}

/** A request of a mixed load: which endpoint it exercises (for per-endpoint figures) and its path. */
export interface LabelledPath {
  label: string
  path: string
}

function emptyResult(seconds: number): LoadResult {
  return { requests: 0, errors: 0, statuses: {}, seconds, latenciesMs: [], serverMs: 0, dbMs: 0 }
}

/**
 * Drives mixed load spread over several servers (connection i goes to `bases[i % n]`, as a balancer
 * would) with labelled paths from `next`, and returns what it saw per label.
 */
export async function driveMixedLoad(bases: readonly string[], next: () => LabelledPath, connections: number, seconds: number): Promise<Map<string, LoadResult>> {
  if (bases.length === 0) throw new Error('driveMixedLoad: no server to drive')
  const results = new Map<string, LoadResult>()
  const deadline = performance.now() + seconds * 1000
  const targets = bases.map((base) => ({ url: new URL(base), agent: new Agent({ keepAlive: true, maxSockets: Math.ceil(connections / bases.length) }) }))
  const client = async (index: number) => {
    const { url, agent } = targets[index % targets.length] as (typeof targets)[number]
    while (performance.now() < deadline) {
      const { label, path } = next()
      let result = results.get(label)
      if (!result) results.set(label, (result = emptyResult(seconds)))
      const started = performance.now()
      try {
        const answer = await get(agent, url, path)
        result.latenciesMs.push(performance.now() - started)
        result.requests++
        const timing = serverTiming(answer.timing)
        result.serverMs += timing.total
        result.dbMs += timing.db
        if (!((answer.status >= 200 && answer.status < 300) || answer.status === 304)) {
          result.errors++
          result.statuses[answer.status] = (result.statuses[answer.status] ?? 0) + 1
        }
      } catch (error) {
        result.errors++
        const key = error instanceof Error ? error.message : 'error'
        result.statuses[key] = (result.statuses[key] ?? 0) + 1
      }
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: connections }, (_, index) => client(index)))
  for (const { agent } of targets) agent.destroy()
  const elapsed = (performance.now() - started) / 1000
  for (const result of results.values()) {
    result.seconds = elapsed
    result.latenciesMs.sort((a, b) => a - b)
  }
  return results
}
