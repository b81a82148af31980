export type CsvValue = string | number | boolean | null | undefined

/** Encodes rows as CSV lines for COPY (see csvLine). */
export function csvChunk(rows: readonly (readonly CsvValue[])[]): string {
  let text = ''
  for (const row of rows) text += csvLine(row)
  return text
}

const NEEDS_QUOTES = /[",\r\n]/

/**
 * One CSV line for COPY, RFC 4180 quoting. null and undefined become SQL NULL (an unquoted empty
 * field); an empty string stays an empty string (quoted). Written directly because the bulk paths
 * encode millions of rows and a general CSV writer is several times slower.
 */
export function csvLine(values: readonly CsvValue[]): string {
  let line = ''
  for (let i = 0; i < values.length; i++) {
    if (i > 0) line += ','
    const value = values[i]
    if (value === null || value === undefined) continue
    if (typeof value === 'boolean') line += value ? 't' : 'f'
    else if (typeof value === 'number') line += String(value)
    else if (value === '') line += '""'
    else if (NEEDS_QUOTES.test(value)) line += `"${value.replaceAll('"', '""')}"`
    else line += value
  }
  return `${line}\n`
}

/** EWKT of a WGS84 point, which a geometry column accepts in COPY. */
export function pointEwkt(lon: number, lat: number): string {
  return `SRID=4326;POINT(${lon} ${lat})`
}

/** A PostgreSQL array literal of simple tokens. */
export function textArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, '')}"`).join(',')}}`
}
