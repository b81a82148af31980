/** What every reader gives the import pipeline: named columns and rows, streamed, with row numbers. */

export type InputFormat = 'csv' | 'xlsx' | 'geojson' | 'hsds'

/** One data row. `line` is the row number a user sees in the file (the header row is 1 in CSV/XLSX). */
export interface SourceRow {
  line: number
  /** Cell values by the file's own column name, as text (trimmed; empty cells absent or ''). */
  values: Record<string, string>
}

/** A data row as its cells in the order of TableSource.columns, untrimmed (cells past the end, or not asked for, may be '' or absent). */
export interface CellRow {
  line: number
  cells: readonly string[]
}

export interface TableSource {
  file: string
  format: InputFormat
  /** Detected details, for the report: encoding, delimiter, sheet name. */
  details: Record<string, string>
  /** The file's own column names, in order. */
  columns: string[]
  /** Rows in file order, read as they are consumed (never the whole file in memory). */
  rows: AsyncIterable<SourceRow>
  /**
   * The same rows as cells, in batches, when the reader has them that way: the import then reads only
   * its mapped columns by position, without an object of every column per row, and awaits once a
   * batch instead of once a row (a million awaits cost about a second). Only the `columns` cells
   * are sure to be read: a reader may leave the others '' (though never so that a row looks blank).
   */
  cellBatches?(columns: readonly number[]): AsyncIterable<readonly CellRow[]>
}

/** A problem with the input file itself or one of its rows, with where it is. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly where: { row?: number; field?: string } = {},
  ) {
    super(`${file}${where.row !== undefined ? `, row ${where.row}` : ''}${where.field ? `, field "${where.field}"` : ''}: ${message}`)
  }
}
