/**
 * CSV encoding for exports: RFC 4180 quoting, and text cells that a spreadsheet would read as a formula
 * neutralized with a leading apostrophe (OWASP, "CSV Injection").
 */

/** Characters that make Excel, LibreOffice or Google Sheets start a formula (fullwidth and minus-sign forms too). */
const FORMULA_START = /^[=+\-@\t\r\u2212\uFF0B\uFF0D\uFF1D\uFF20]/

/** The value of one cell: text is neutralized and quoted when needed, numbers written as they are. */
export type CsvValue = string | number | boolean | null | undefined

/** Prefixes an apostrophe to text a spreadsheet would evaluate. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** Quotes a field that holds a quote, a comma, a semicolon, a line break or edge spaces (RFC 4180, doubled quotes). */
export function quoteField(text: string): string {
  return /[",;\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * One encoded cell. Finite numbers are written as numbers (a negative number is data, not a formula);
 * null, undefined and non-finite numbers are empty; text is neutralized, then quoted.
 */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  return quoteField(neutralizeFormula(value))
}

/** One CSV record, CRLF-terminated as RFC 4180 asks. */
export function csvLine(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`
}
