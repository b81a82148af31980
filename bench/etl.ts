/**
 * ETL benchmark: imports a generated request file (with personal columns) into PostGIS and PGlite,
 * and compares each with a raw COPY of the same file into a bare table of text columns.
 */
import { createReadStream, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { readConfig } from '../core/config'
import type { Database } from '../core/db/database'
import { openPglite } from '../core/db/pglite'
import { openPostgres } from '../core/db/postgres'
import { importRequests } from '../etl/import/import-requests'
import { prepareDatabase } from '../etl/prepare'
import { writeRequestFile } from './request-file'

const BARE_COLUMNS = Array.from({ length: 12 }, (_, i) => `c${i} text`).join(', ')

export interface EtlRun {
  backend: string
  rows: number
  importSeconds: number
  rowsPerSecond: number
  rawCopySeconds: number
  ratio: number
  peakRssMb: number
  /** A second file of as many new requests into the loaded database. */
  nextSeconds: number
}

/** Samples the process's resident memory while `work` runs; returns its peak in MB. */
async function withPeakRss<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 50)
  try {
    const result = await work()
    return { result, peakMb: Math.round(Math.max(peak, process.memoryUsage().rss) / 2 ** 20) }
  } finally {
    clearInterval(timer)
  }
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const started = performance.now()
  const result = await work()
  return { result, seconds: (performance.now() - started) / 1000 }
}

async function benchBackend(name: string, db: Database, file: string, nextFile: string, rows: number, rawCopy: () => Promise<void>): Promise<EtlRun> {
  await prepareDatabase(db)
  // The raw COPY first, into the same fresh database the import then gets (dropped again after).
  const raw = await timed(rawCopy)
  await db.exec('DROP TABLE bare')
  const dataDir = mkdtempSync(join(tmpdir(), 'lacunes-bench-etl-'))
  const config = readConfig({ LACUNES_DATA_DIR: dataDir, LACUNES_SECRET: 'bench-secret-0123456789abcdef' })
  global.gc?.()
  const { result, peakMb } = await withPeakRss(() => timed(() => importRequests(db, config, file)))
  if (result.result.added < rows * 0.99) throw new Error(`${name}: only ${result.result.added} of ${rows} rows imported (${result.result.rejected} rejected)`)
  const next = await timed(() => importRequests(db, config, nextFile))
  if (next.result.added < rows * 0.99) throw new Error(`${name}: only ${next.result.added} of ${rows} rows of the next file imported`)
  rmSync(dataDir, { recursive: true, force: true })
  return {
    backend: name,
    rows,
    importSeconds: result.seconds,
    rowsPerSecond: Math.round(rows / result.seconds),
    rawCopySeconds: raw.seconds,
    ratio: result.seconds / raw.seconds,
    peakRssMb: peakMb,
    nextSeconds: next.seconds,
  }
}

/** One PostGIS run on a database of its own, dropped after. */
async function benchPostgis(postgresUrl: string, file: string, nextFile: string, rows: number): Promise<EtlRun> {
  const admin = new pg.Client({ connectionString: postgresUrl })
  await admin.connect()
  const dbName = `lacunes_bench_${Date.now()}`
  await admin.query(`CREATE DATABASE ${dbName}`)
  const url = new URL(postgresUrl)
  url.pathname = `/${dbName}`
  const db = await openPostgres(url.toString())
  try {
    return await benchBackend('PostGIS', db, file, nextFile, rows, async () => {
      const client = new pg.Client({ connectionString: url.toString() })
      await client.connect()
      await client.query(`CREATE TABLE bare (${BARE_COLUMNS})`)
      await pipeline(createReadStream(file), client.query(copyFrom(`COPY bare FROM STDIN WITH (FORMAT csv, DELIMITER ';', HEADER true)`)))
      await client.end()
    })
  } finally {
    await db.close()
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`)
    await admin.end()
  }
}

/** Runs the benchmark on PostGIS (when a server URL is given; `postgresRuns` times) and on PGlite. */
export async function benchEtl(rows: number, postgresUrl: string | undefined, withPglite: boolean, postgresRuns = 3): Promise<{ runs: EtlRun[]; fileMb: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'lacunes-bench-file-'))
  const file = join(dir, 'appels-211.csv')
  await writeRequestFile(file, rows)
  const nextFile = join(dir, 'appels-211-suivant.csv')
  await writeRequestFile(nextFile, rows, rows)
  const fileMb = statSync(file).size / 2 ** 20
  const runs: EtlRun[] = []
  try {
    if (postgresUrl) {
      // The median of several runs, each on a fresh database: single runs on this virtual machine vary by ±20 %.
      const postgisRuns: EtlRun[] = []
      for (let i = 0; i < postgresRuns; i++) {
        const run = await benchPostgis(postgresUrl, file, nextFile, rows)
        console.error(`etl: PostGIS run ${i + 1}: import ${run.importSeconds.toFixed(1)} s, raw COPY ${run.rawCopySeconds.toFixed(1)} s, next file ${run.nextSeconds.toFixed(1)} s`)
        postgisRuns.push(run)
      }
      postgisRuns.sort((a, b) => a.importSeconds - b.importSeconds)
      const median = postgisRuns[Math.floor(postgisRuns.length / 2)] as EtlRun
      runs.push({ ...median, backend: postgisRuns.length > 1 ? `PostGIS (median of ${postgisRuns.length})` : 'PostGIS' })
    }
    if (withPglite) {
      const db = await openPglite()
      try {
        runs.push(
          await benchBackend('PGlite', db, file, nextFile, rows, async () => {
            await db.exec(`CREATE TABLE bare (${BARE_COLUMNS})`)
            async function* lines() {
              for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 })) yield chunk as string
            }
            await db.copyCsv('bare', ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11'], semicolonToComma(lines()))
          }),
        )
      } finally {
        await db.close()
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return { runs, fileMb }
}

/**
 * The bare-table COPY of PGlite takes whole CSV lines with commas (the generated file has no commas
 * in its cells): cut the stream at line ends and drop the header.
 */
async function* semicolonToComma(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = ''
  let first = true
  for await (const chunk of chunks) {
    const text = rest + chunk
    const end = text.lastIndexOf('\n') + 1
    rest = text.slice(end)
    let lines = text.slice(0, end).replaceAll(';', ',')
    if (first) {
      lines = lines.slice(lines.indexOf('\n') + 1)
      first = false
    }
    if (lines) yield lines
  }
  if (rest) yield `${rest.replaceAll(';', ',')}\n`
}
