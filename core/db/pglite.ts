/** The embedded backend: PGlite (PostgreSQL in WebAssembly) with its PostGIS extension. */
import { mkdirSync } from 'node:fs'
import { PGlite, type Transaction } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { AsyncMutex } from './async-mutex'
import { lockDataDir } from './data-dir-lock'
import { copyStatement, type Database, type Queryable, type Row } from './database'
import { VALUE_PARSERS } from './value-types'

/** Rows per COPY call: PGlite copies from an in-memory blob, so a stream is loaded in slices. */
const COPY_SLICE_BYTES = 8 * 1024 * 1024

type PGliteLike = PGlite | Transaction

function queryable(pg: PGliteLike): Queryable {
  return {
    async query<T = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      const result = await pg.query<T>(sql, params as unknown[])
      return result.rows
    },
    async exec(sql: string) {
      await pg.exec(sql)
    },
    async copyCsv(table, columns, chunks) {
      const sql = copyStatement(table, columns, "'/dev/blob'")
      let buffer: string[] = []
      let size = 0
      let rows = 0
      const flush = async () => {
        if (size === 0) return
        const result = await pg.query(sql, [], { blob: new Blob(buffer) })
        rows += result.affectedRows ?? 0
        buffer = []
        size = 0
      }
      for await (const chunk of chunks) {
        buffer.push(chunk)
        size += chunk.length
        if (size >= COPY_SLICE_BYTES) await flush()
      }
      await flush()
      return rows
    },
  }
}

/**
 * Opens the embedded database. `dataDir` persists it on disk; `undefined` keeps it in memory (tests).
 * Every call goes through one mutex: PGlite has a single connection, and a transaction must not
 * interleave with another request's statements.
 */
export async function openPglite(dataDir?: string, options: { warn?: (message: string) => void } = {}): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true })
  const lock = dataDir ? lockDataDir(dataDir) : null
  if (lock?.stale) {
    options.warn?.(`the previous process on ${dataDir} (pid ${lock.stale.pid}) did not stop cleanly; the database recovers from its write-ahead log, and an import it was running was rolled back`)
  }
  let pg: PGlite
  try {
    pg = await PGlite.create({
      ...(dataDir ? { dataDir } : {}),
      extensions: { postgis },
      parsers: VALUE_PARSERS,
    })
  } catch (error) {
    lock?.release()
    if (!dataDir) throw error
    throw new Error(
      `cannot open the embedded database in ${dataDir} (${(error as Error).message})${lock?.stale ? '; the previous process was killed while using it' : ''}. ` +
        `To start again from the reference data and the demo, move ${dataDir} aside (your own imports must then be imported again) or restore a backup of it.`,
      { cause: error },
    )
  }
  const mutex = new AsyncMutex()
  const direct = queryable(pg)
  return {
    kind: 'pglite',
    query: (sql, params) => mutex.run(() => direct.query(sql, params)),
    exec: (sql) => mutex.run(() => direct.exec(sql)),
    copyCsv: (table, columns, chunks) => mutex.run(() => direct.copyCsv(table, columns, chunks)),
    transaction: (fn) => mutex.run(() => pg.transaction((tx) => fn(queryable(tx)))),
    close: () =>
      mutex.run(async () => {
        await pg.close()
        lock?.release()
      }),
  }
}
