/**
 * `npm run bench -- <name…>`: runs benchmarks and records their figures in docs/BENCHMARKS.md.
 * Targets live here, never in unit tests.
 */
import { benchAccess } from './access'
import { benchApi } from './api'
import { benchClient } from './client'
import { benchEtl } from './etl'
import { disablePretenuring } from '../etl/runtime/pretenuring'
import { runLoadBench, runScalingBench } from './load-report'
import { writeSection } from './report'
import { benchStartup } from './startup'

const BENCHMARKS: Record<string, () => Promise<void>> = {
  async access() {
    const r = await benchAccess()
    const table = [
      '| demand points | sites | reachable pairs | seconds (median of 5) | target |',
      '|---|---|---|---|---|',
      `| ${r.demand.toLocaleString('en-CA')} | ${r.sites.toLocaleString('en-CA')} | ${r.pairs.toLocaleString('en-CA')} | ${r.seconds.toFixed(3)} | ≤ 1 |`,
    ].join('\n')
    console.log(table)
    writeSection(
      'access',
      '`npm run bench -- access`: the E2SFCA engine (core/access) on seeded random points over southern Quebec, Gaussian decay, ' +
        'great-circle costs within the catchment (generation not timed): building the catchments and computing access.\n\n' +
        table,
    )
  },
  async api() {
    const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL
    if (!url) console.error('api: no BENCH_DATABASE_URL or TEST_DATABASE_URL, so PostGIS is not measured')
    const options = {
      requests: Number(process.env.BENCH_REQUESTS ?? 1_000_000),
      pgliteRequests: Number(process.env.BENCH_PGLITE_REQUESTS ?? 200_000),
      connections: Number(process.env.BENCH_CONNECTIONS ?? 50),
      seconds: Number(process.env.BENCH_SECONDS ?? 30),
      pglite: process.env.BENCH_PGLITE !== 'off',
    }
    const results = await benchApi(url, options)
    const ms = (n: number) => n.toFixed(1)
    const table = [
      '| backend | requests stored | endpoint | answers | answers/s | p50 (ms) | p99 (ms) | errors | server time outside SQL | server RSS after (MB) |',
      '|---|---|---|---|---|---|---|---|---|---|',
      ...results.flatMap((b) =>
        b.endpoints.map((e) => `| ${b.backend} | ${b.requests.toLocaleString('en-CA')} | ${e.endpoint} | ${e.requests.toLocaleString('en-CA')} | ${Math.round(e.rps).toLocaleString('en-CA')} | ${ms(e.p50)} | ${ms(e.p99)} | ${e.errors} | ${Number.isNaN(e.outsideSql) ? '–' : `${Math.round(e.outsideSql * 100)} %`} | ${b.rssMb} |`),
      ),
    ].join('\n')
    console.log(table)
    writeSection(
      'api',
      `\`npm run bench -- api\`: the server process (tsx server/main.ts, rate limit off) and the load driver (bench/http-load.ts, ${options.connections} keep-alive connections, ` +
        `closed loop, ${options.seconds} s per endpoint) on the same machine, so they share its 2 cores with PostgreSQL. ` +
        '/api/metrics: MRC and neighbourhood levels × all and the 16 categories × the periods a user picks (each month, each quarter, each calendar year, the last 12 months), ' +
        'picked at random, after one warm-up pass over all of them (the server caches answers per data version). /api/tiles: random tiles of zoom 5–12 around six cities, MRC and neighbourhood levels. ' +
        '/api/services/near: random points around the same cities, random category, 10 nearest (never cached). "Outside SQL" is from the Server-Timing header. ' +
        'Targets: metrics p99 ≤ 50 ms and ≥ 1,000 answers/s; tiles p99 ≤ 100 ms.\n\n' +
        table,
    )
  },
  async etl() {
    // As the ETL command does before anything allocates (see etl/runtime/pretenuring.ts).
    disablePretenuring()
    const rows = Number(process.env.BENCH_ROWS ?? 1_000_000)
    const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL
    if (!url) console.error('etl: no BENCH_DATABASE_URL or TEST_DATABASE_URL, so PostGIS is not measured')
    const { runs, fileMb } = await benchEtl(rows, url, process.env.BENCH_PGLITE !== 'off', Number(process.env.BENCH_ETL_RUNS ?? 3))
    const table = [
      '| backend | rows | import (s) | rows/s | raw COPY (s) | import ÷ raw COPY | peak RSS (MB) | next file (s) | next file rows/s |',
      '|---|---|---|---|---|---|---|---|---|',
      ...runs.map(
        (r) =>
          `| ${r.backend} | ${r.rows.toLocaleString('en-CA')} | ${r.importSeconds.toFixed(1)} | ${r.rowsPerSecond.toLocaleString('en-CA')} | ${r.rawCopySeconds.toFixed(1)} | ${r.ratio.toFixed(2)} | ${r.peakRssMb} | ${r.nextSeconds.toFixed(1)} | ${Math.round(r.rows / r.nextSeconds).toLocaleString('en-CA')} |`,
      ),
    ].join('\n')
    console.log(table)
    writeSection(
      'etl',
      `\`npm run bench -- etl\`: a generated ${fileMb.toFixed(0)} MB 2-1-1 export (semicolons, French headers, 12 columns of which 4 personal) ` +
        'imported with `import requests` into an empty database (parse, map, drop personal columns, normalize, geocode by municipality and postal code, hash ids, generalize, ' +
        'COPY into `request`, build its primary key, store and place new places, add the tallied counts), against a raw `COPY` of the same file into a bare table of 12 text columns. ' +
        '"Next file" imports a second file of the same size with new ids into the loaded database (COPY into the existing primary key).\n' +
        'PostGIS: the median run (by import time) of three, each on a fresh database with its own raw COPY, as this virtual machine runs the same work up to 1.5 × slower from one minute to the next; PGlite: one run.\n' +
        'Targets on PostGIS: ≥ 200,000 rows/s, ≤ 2.5 × raw COPY, peak RSS ≤ 500 MB.\n\n' +
        table,
    )
  },
  async client() {
    const r = await benchClient()
    const table = [
      '| measure | value | target |',
      '|---|---|---|',
      `| navigation to the first map with data (median of ${r.runs} cold loads) | ${Math.round(r.firstMapMs)} ms | ≤ 2,000 ms |`,
      `| category change to the repainted map (median of ${r.categories} categories) | ${Math.round(r.repaintMs)} ms | ≤ 150 ms |`,
      `| JavaScript transferred, gzip (initial load) | ${Math.round(r.jsGzipKb)} KB | ≤ 1,024 KB |`,
      `| requests until the first map / once idle (monthly histogram included) | ${r.requestsToFirstMap} / ${r.requestsAfterIdle} | |`,
    ].join('\n')
    console.log(table)
    writeSection(
      'client',
      `\`npm run bench -- client\`: the built client in headless ${r.browser} (software WebGL) against a server process on an embedded ` +
        'database with the 200,000-request demo, prepared and warmed before timing; each load in a fresh browser profile (nothing cached). ' +
        'Times are read from the page clock when the map has drawn the view (`data-drawn-at`): the MapLibre frame that shows the territories ' +
        'coloured by the requested metrics (fills, hatches of suppressed cells, borders); the labels and outlines drawn by deck.gl, loaded after ' +
        'that first frame, are not waited for. "JavaScript transferred" counts every script the page fetches until it is idle: the first-view ' +
        'script, the app, MapLibre and its worker script, and deck.gl (fetched after the first map). ' +
        'This 2-core virtual machine runs the same fixed JavaScript work up to 1.5 × slower from one minute to the next: single figures vary by about ±20 %.\n\n' +
        table,
    )
  },
  load: runLoadBench,
  scaling: runScalingBench,
  async startup() {
    const result = await benchStartup()
    const table = [
      '| measure | seconds | target |',
      '|---|---|---|',
      `| first start on an empty embedded database (migrations, geodata, 200,000-request demo) until /api/metrics answers | ${result.firstStartSeconds.toFixed(1)} | ≤ 90 |`,
      `| next start on the same data folder | ${result.nextStartSeconds.toFixed(1)} | ≤ 15 |`,
    ].join('\n')
    console.log(table)
    writeSection('startup', `\`npm run bench -- startup\`: the server process (tsx server/main.ts), client already built.\n\n${table}`)
  },
}

const names = process.argv.slice(2)
const chosen = names.length > 0 ? names : Object.keys(BENCHMARKS)
for (const name of chosen) {
  const bench = BENCHMARKS[name]
  if (!bench) {
    console.error(`unknown benchmark "${name}"; known: ${Object.keys(BENCHMARKS).join(', ')}`)
    process.exit(2)
  }
  await bench()
}
