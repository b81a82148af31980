/**
 * One interface over the two backends: the embedded PGlite + PostGIS and a PostgreSQL/PostGIS server.
 * Both run the same SQL and return the same JavaScript types (see value-types.ts).
 */
import type { DatabaseKind } from '../api/types'

export type Row = Record<string, unknown>

/** Bytes of a binary COPY (whole tuples), over an ArrayBuffer of their own: what a worker can transfer and a Blob can take. */
export type BinaryChunk = Uint8Array<ArrayBuffer>

/** Something that runs SQL: the database itself or an open transaction. */
export interface Queryable {
  /** Runs one parameterized statement and returns its rows. */
  query<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>
  /**
   * Bulk-loads CSV text into `table(columns)`: COPY FROM STDIN on PostgreSQL, COPY from a blob on PGlite.
   * Chunks are CSV lines without a header; they are consumed as they come, so memory stays bounded.
   */
  copyCsv(table: string, columns: readonly string[], chunks: AsyncIterable<string> | Iterable<string>): Promise<number>
  /**
   * Bulk-loads rows in PostgreSQL's binary COPY format (core/db/binary-copy.ts) into `table(columns)`.
   * Chunks hold whole tuples, without the format's header and trailer, which the backend adds; they
   * are consumed as they come.
   */
  copyBinary(table: string, columns: readonly string[], chunks: AsyncIterable<BinaryChunk> | Iterable<BinaryChunk>): Promise<number>
}

export interface Database extends Queryable {
  readonly kind: DatabaseKind
  /** Runs `fn` in one transaction: all of its statements commit together or none does. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>
  close(): Promise<void>
}

/** Quotes an SQL identifier (table or column name) that we built ourselves. */
export function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)?$/.test(name)) throw new Error(`unsafe SQL identifier: ${name}`)
  return name.split('.').map((part) => `"${part}"`).join('.')
}

/** The COPY statement both backends run. */
export function copyStatement(table: string, columns: readonly string[], source: 'STDIN' | "'/dev/blob'", format: 'csv' | 'binary' = 'csv'): string {
  return `COPY ${quoteIdent(table)} (${columns.map(quoteIdent).join(', ')}) FROM ${source} WITH (FORMAT ${format})`
}
