/** The embedded backend: PGlite (PostgreSQL in WebAssembly) with its PostGIS extension. */
import { mkdirSync } from 'node:fs'
import { PGlite, type Transaction } from '@electric-sql/pglite'
import { postgis } from '@electric-sql/pglite-postgis'
import { AsyncMutex } from './async-mutex'
import { lockDataDir } from './data-dir-lock'
import { BINARY_COPY_HEADER, BINARY_COPY_TRAILER } from './binary-copy'
import { copyStatement, type BinaryChunk, type Database, type Queryable, type Row } from './database'
import { VALUE_PARSERS } from './value-types'

/** Rows per COPY call: PGlite copies from an in-memory blob, so a stream is loaded in slices. */
const COPY_SLICE_BYTES = 8 * 1024 * 1024

type PGliteLike = PGlite | Transaction

/** Copies `chunks` with `sql` (a COPY from /dev/blob) in slices of about COPY_SLICE_BYTES; returns the rows copied. */
async function copySlices<C extends string | BinaryChunk>(pg: PGliteLike, sql: string, chunks: AsyncIterable<C> | Iterable<C>, frame: (slice: C[]) => BlobPart[]): Promise<number> {
  let slice: C[] = []
  let size = 0
  let rows = 0
  const flush = async () => {
    if (size === 0) return
    const result = await pg.query(sql, [], { blob: new Blob(frame(slice)) })
    rows += result.affectedRows ?? 0
    slice = []
    size = 0
  }
  for await (const chunk of chunks) {
    slice.push(chunk)
    size += chunk.length
    if (size >= COPY_SLICE_BYTES) await flush()
  }
  await flush()
  return rows
}

function queryable(pg: PGliteLike): Queryable {
  return {
    async query<T = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      const result = await pg.query<T>(sql, params as unknown[])
      return result.rows
    },
    async exec(sql: string) {
      await pg.exec(sql)
    },
    copyCsv(table, columns, chunks) {
      return copySlices(pg, copyStatement(table, columns, "'/dev/blob'"), chunks, (slice) => slice)
    },
    copyBinary(table, columns, chunks) {
      // Each slice is a COPY of its own, so each is a whole binary stream, header to trailer.
      return copySlices(pg, copyStatement(table, columns, "'/dev/blob'", 'binary'), chunks, (slice) => [BINARY_COPY_HEADER, ...slice, BINARY_COPY_TRAILER])
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
    copyBinary: (table, columns, chunks) => mutex.run(() => direct.copyBinary(table, columns, chunks)),
    transaction: (fn) => mutex.run(() => pg.transaction((tx) => fn(queryable(tx)))),
    close: () =>
      mutex.run(async () => {
        await pg.close()
        lock?.release()
      }),
  }
}
