import { stringify } from 'csv-stringify/sync'

export type CsvValue = string | number | boolean | null | undefined

/** Encodes rows as CSV lines for COPY: null and undefined become SQL NULL (an unquoted empty field). */
export function csvChunk(rows: readonly (readonly CsvValue[])[]): string {
  return stringify(rows as CsvValue[][], { cast: { boolean: (value) => (value ? 't' : 'f') } })
}

/** EWKT of a WGS84 point, which a geometry column accepts in COPY. */
export function pointEwkt(lon: number, lat: number): string {
  return `SRID=4326;POINT(${lon} ${lat})`
}

/** A PostgreSQL array literal of simple tokens. */
export function textArray(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/["\\]/g, '')}"`).join(',')}}`
}
