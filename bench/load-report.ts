/**
 * `npm run bench -- load` and `-- scaling`: read their settings from the environment, run them on the
 * PostGIS bench database and record their tables in docs/BENCHMARKS.md.
 */
import { ensurePostgisData } from './api'
import type { CpuShare } from './cpu-share'
import { benchLoad, benchScaling, MIX_DESCRIPTION } from './load'
import { writeSection } from './report'

function settings(defaultSeconds: number) {
  const adminUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL
  if (!adminUrl) throw new Error('load and scaling run on PostGIS: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a server whose role may create databases')
  return {
    adminUrl,
    requests: Number(process.env.BENCH_REQUESTS ?? 1_000_000),
    connections: Number(process.env.BENCH_CONNECTIONS ?? 100),
    seconds: Number(process.env.BENCH_SECONDS ?? defaultSeconds),
    warmupSeconds: Number(process.env.BENCH_WARMUP_SECONDS ?? 60),
  }
}

const ms = (n: number) => n.toFixed(1)
const int = (n: number) => Math.round(n).toLocaleString('en-CA')
const errorList = (errors: number, statuses: Record<string, number>) =>
  errors === 0 ? '0' : `${errors} (${Object.entries(statuses).map(([status, n]) => `${status}: ${n}`).join(', ')})`
const cores = (c: CpuShare) =>
  `${c.cores.toFixed(2)} (API ${c.servers.toFixed(2)}, its PostgreSQL backends ${Number.isNaN(c.postgres) ? '–' : c.postgres.toFixed(2)}, driver ${c.driver.toFixed(2)}, everything else ${Math.max(0, c.rest - (Number.isNaN(c.postgres) ? 0 : c.postgres)).toFixed(2)})`

/** Sustained mixed load on one API process: errors, latency per endpoint, RSS over time. */
export async function runLoadBench(): Promise<void> {
  const s = settings(300)
  const url = await ensurePostgisData(s.adminUrl, s.requests)
  const r = await benchLoad(url, s)
  const errors = r.total.errors === 0 ? 'none' : errorList(r.total.errors, r.statuses)
  const table = [
    '| endpoint | answers | answers/s | p50 (ms) | p99 (ms) | errors | mean in server / in SQL (ms) |',
    '|---|---|---|---|---|---|---|',
    ...[...r.endpoints, r.total].map((e) => `| ${e.endpoint} | ${int(e.requests)} | ${int(e.rps)} | ${ms(e.p50)} | ${ms(e.p99)} | ${e.errors} | ${ms(e.serverMeanMs)} / ${ms(e.dbMeanMs)} |`),
  ].join('\n')
  const rss = r.rss.map((x) => `${x.seconds} s: ${Math.round(x.mb)}`).join(', ')
  const summary = [
    `- errors: ${errors} (target: none)`,
    `- server RSS (MB) every 10 s after the warm-up: ${rss}`,
    `- RSS growth after the warm-up (least-squares line through the samples, start to end): ${r.rssGrowthPercent.toFixed(1)} % (peak ${Math.round(r.rssPeakMb)} MB; target ≤ 10 %)`,
    `- cores busy on average: ${cores(r.cpu)}`,
    `- CPU per answer: API ${ms((r.cpu.servers / r.total.rps) * 1000)} ms, PostgreSQL ${Number.isNaN(r.cpu.postgres) ? '–' : ms((r.cpu.postgres / r.total.rps) * 1000)} ms`,
  ].join('\n')
  console.log(`${table}\n\n${summary}`)
  writeSection(
    'load',
    `\`npm run bench -- load\`: one server process (tsx server/main.ts, rate limit off) on PostGIS with ${int(r.requestsStored)} requests, ` +
      `${r.connections} keep-alive connections (closed loop, bench/http-load.ts) for ${Math.round(r.seconds)} s of mixed traffic: ${MIX_DESCRIPTION}. ` +
      `Before timing, every metrics query once and ${r.warmupSeconds} s of the same mix (the caches fill); RSS is \`ps -o rss=\` of the server process. ` +
      'Driver, server and PostgreSQL share the machine.\n\n' +
      `${table}\n\n${summary}`,
  )
}

/** Answers per second with one and with two API processes on the same PostGIS. */
export async function runScalingBench(): Promise<void> {
  const s = settings(60)
  const url = await ensurePostgisData(s.adminUrl, s.requests)
  const runs = await benchScaling(url, s)
  const one = runs[0]?.rps ?? Number.NaN
  const table = [
    '| API processes | answers/s | × one process | p50 (ms) | p99 (ms) | errors | cores busy |',
    '|---|---|---|---|---|---|---|',
    ...runs.map((r) => `| ${r.processes} | ${int(r.rps)} | ${(r.rps / one).toFixed(2)} | ${ms(r.p50)} | ${ms(r.p99)} | ${errorList(r.errors, r.statuses)} | ${cores(r.cpu)} |`),
  ].join('\n')
  console.log(table)
  writeSection(
    'scaling',
    `\`npm run bench -- scaling\`: the load mix (${MIX_DESCRIPTION}) with ${s.connections} connections spread evenly over one, then two, server processes ` +
      `on the same PostGIS (${int(s.requests)} requests), ${s.seconds} s each after warming every process. See docs/SCALING.md.\n\n` +
      table,
  )
}
