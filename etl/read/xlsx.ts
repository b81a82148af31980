/**
 * Streaming XLSX reader (the package opened by xlsx-package, each part parsed by exceljs): rows are
 * parsed from the zip as they are consumed, so a 1,000,000-row sheet is never held whole. Shared
 * strings are cached (they must be: cells refer to them by index), which is the one part of the
 * workbook kept in memory.
 *
 * The sheet is the first visible one in tab order, or `sheet` by name (exact, else ignoring case, accents and
 * spaces). The header is the first non-empty row; rows keep Excel's own row numbers.
 * Cell values: dates → `YYYY-MM-DD` (or `YYYY-MM-DDTHH:MM:SS` when they have a time), numbers →
 * plain text without locale formatting (15 significant digits, as Excel shows them), formulas →
 * their cached result (never the formula), rich text and hyperlinks → their text, booleans →
 * TRUE/FALSE, error values (#N/A) → ''.
 *
 * `rows` can be iterated more than once: each iteration reads the workbook again.
 */
import { headerKey } from './headers'
import { MAGIC_NAMES, readSample, sniffBytes } from './sniff'
import { headerColumns } from './columns'
import { InputError, type SourceRow, type TableSource } from './types'
import { openXlsxPackage, type XlsxPackage, type XlsxSheet } from './xlsx-package'

export interface XlsxOptions {
  sheet?: string
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}

/** An Excel date (exceljs gives it as a UTC Date of the wall-clock time) as ISO text. */
export function excelDateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return ''
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000)
  const day = `${pad(rounded.getUTCFullYear(), 4)}-${pad(rounded.getUTCMonth() + 1)}-${pad(rounded.getUTCDate())}`
  const h = rounded.getUTCHours()
  const m = rounded.getUTCMinutes()
  const s = rounded.getUTCSeconds()
  return h === 0 && m === 0 && s === 0 ? day : `${day}T${pad(h)}:${pad(m)}:${pad(s)}`
}

/** A number as plain text: no thousands separator, no float noise (0.1+0.2 → "0.3"). */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return ''
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return String(value)
  return String(Number(value.toPrecision(15)))
}

/** Any exceljs cell value as text. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number') return numberText(value)
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return excelDateText(value)
  if (typeof value === 'object') {
    const object = value as Record<string, unknown>
    if ('error' in object) return ''
    if (Array.isArray(object.richText)) return object.richText.map((run) => String((run as { text?: unknown }).text ?? '')).join('').trim()
    if ('formula' in object || 'sharedFormula' in object) return cellText(object.result)
    if ('text' in object) return cellText(object.text)
    if ('result' in object) return cellText(object.result)
  }
  return String(value).trim()
}

function rowCells(values: unknown): string[] {
  if (!Array.isArray(values)) return []
  const cells: string[] = []
  // exceljs row.values is 1-based: index 0 is always empty.
  for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]))
  return cells
}

/** The rows of the chosen sheet, as text cells with Excel's row numbers. */
async function* sheetRows(file: string, wanted: string | undefined, found: { name?: string; names: string[] }): AsyncGenerator<{ row: number; cells: string[] }> {
  let book: XlsxPackage | undefined
  try {
    book = await openXlsxPackage(file)
    found.names = book.sheets.map((s) => s.name)
    // The first sheet a user sees: hidden sheets are skipped unless asked for by name.
    const target = wanted === undefined ? (book.sheets.find((s) => s.state !== 'hidden' && s.state !== 'veryHidden') ?? book.sheets[0]) : resolveSheet(book.sheets, wanted)
    if (target === undefined) return
    found.name = target.name
    for await (const row of book.rows(target)) yield { row: row.number, cells: rowCells(row.values) }
  } catch (error) {
    if (error instanceof InputError) throw error
    throw new InputError(file, `not a valid Excel workbook (.xlsx): ${(error as Error).message}`)
  } finally {
    book?.close()
  }
}

function resolveSheet(sheets: readonly XlsxSheet[], wanted: string): XlsxSheet | undefined {
  const key = headerKey(wanted)
  return sheets.find((sheet) => sheet.name === wanted) ?? sheets.find((sheet) => headerKey(sheet.name) === key)
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell === '')
}

/** Opens an .xlsx workbook: first sheet or `sheet`, header = first non-empty row, at least one data row. */
export async function openXlsx(file: string, options: XlsxOptions = {}): Promise<TableSource> {
  const { sample } = await readSample(file, 512)
  const magic = sniffBytes(sample)
  if (magic === 'ole2') throw new InputError(file, `this is ${MAGIC_NAMES.ole2}`)
  if (magic !== 'zip') {
    throw new InputError(file, `not a valid Excel workbook (.xlsx): the file is ${MAGIC_NAMES[magic]}${magic === 'text' ? ' (a CSV? name it .csv or use --format csv)' : ''}`)
  }

  const found: { name?: string; names: string[] } = { names: [] }
  let columns: string[] | undefined
  let headerRow = 0
  let hasData = false
  for await (const { row, cells } of sheetRows(file, options.sheet, found)) {
    if (isBlank(cells)) continue
    if (columns === undefined) {
      columns = headerColumns(file, cells, row)
      headerRow = row
      continue
    }
    hasData = true
    break
  }
  if (found.names.length === 0) throw new InputError(file, 'not a valid Excel workbook (.xlsx): it has no worksheet')
  if (options.sheet !== undefined && found.name === undefined) {
    throw new InputError(file, `there is no sheet named "${options.sheet}"; its sheets are: ${found.names.map((n) => `"${n}"`).join(', ')}`)
  }
  const sheetName = found.name ?? found.names[0] ?? ''
  const others = found.names.filter((name) => name !== sheetName)
  const hint = options.sheet === undefined && others.length > 0 ? `; choose another sheet with --sheet (${others.map((n) => `"${n}"`).join(', ')})` : ''
  if (columns === undefined) throw new InputError(file, `the sheet "${sheetName}" is empty${hint}`)
  if (!hasData) throw new InputError(file, `the sheet "${sheetName}" has a header but no data rows${hint}`)
  const header = columns
  const details: Record<string, string> = { sheet: sheetName }
  if (headerRow !== 1) details.header_row = String(headerRow)

  async function* rows(): AsyncGenerator<SourceRow> {
    const width = header.length
    for await (const { row, cells } of sheetRows(file, sheetName, { names: [] })) {
      if (row <= headerRow || isBlank(cells)) continue
      let last = cells.length
      while (last > width && cells[last - 1] === '') last--
      if (last > width) throw new InputError(file, `this row has values in ${last} columns but the header has ${width}`, { row })
      const values: Record<string, string> = {}
      for (let i = 0; i < width; i++) values[header[i] as string] = cells[i] ?? ''
      yield { line: row, values }
    }
  }

  return { file, format: 'xlsx', details, columns: header, rows: { [Symbol.asyncIterator]: rows } }
}
