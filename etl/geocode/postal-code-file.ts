/**
 * Loads a user's postal-code file (code, latitude, longitude) into the postal_code table, in one
 * transaction: codes already there are replaced, so a file can be loaded again. None is shipped.
 */
import type { Database } from '../../core/db/database'
import { namedQuery } from '../../core/db/named-query'
import { foldText } from '../normalize/text-key'
import { normalizePostalCode } from '../normalize/postal-code'
import { checkCoordinates, parseDegree } from './coordinates'

export interface PostalCodeRow {
  line: number
  values: Record<string, string>
}

export interface PostalCodeRejection {
  line: number
  field: string
  reason: string
}

export interface PostalCodeLoadResult {
  loaded: number
  rejected: PostalCodeRejection[]
}

type Column = 'postal_code' | 'latitude' | 'longitude'

/** Headers recognized, folded (accents, case, punctuation ignored). */
const HEADERS: Record<string, Column> = {
  'postal code': 'postal_code', postalcode: 'postal_code', 'code postal': 'postal_code', codepostal: 'postal_code',
  postcode: 'postal_code', 'post code': 'postal_code', 'code postale': 'postal_code', pcode: 'postal_code',
  latitude: 'latitude', lat: 'latitude', 'lat wgs84': 'latitude', 'latitude wgs84': 'latitude',
  longitude: 'longitude', lon: 'longitude', lng: 'longitude', long: 'longitude',
  'lon wgs84': 'longitude', 'longitude wgs84': 'longitude',
}
/** Generic headers, used only when the file has no explicit one for that column. */
const WEAK_HEADERS: Record<string, Column> = { code: 'postal_code', cp: 'postal_code', postal: 'postal_code', y: 'latitude', x: 'longitude' }

/** The canonical column of a header ("Code postal" → postal_code) and whether the header says so explicitly; null when unknown. */
export function postalCodeColumn(header: string): { column: Column; explicit: boolean } | null {
  const key = foldText(header)
  const strong = HEADERS[key]
  if (strong) return { column: strong, explicit: true }
  const weak = WEAK_HEADERS[key]
  return weak ? { column: weak, explicit: false } : null
}

/**
 * Reads rows with a postal code, a latitude and a longitude (headers in any case, French or
 * English), validates them, and bulk-loads them with COPY into postal_code. Rejected rows are
 * returned with their line, field and reason; a code seen twice keeps its first row.
 * Swapped latitude/longitude and a longitude without its minus sign are repaired for points of
 * Quebec and the Ottawa area; other valid WGS 84 points are kept as given (the geocoder ignores
 * points outside the area).
 */
export async function loadPostalCodes(db: Database, rows: AsyncIterable<PostalCodeRow>, source: string): Promise<PostalCodeLoadResult> {
  const rejected: PostalCodeRejection[] = []
  const seen = new Map<string, number>()
  const columns = new Map<string, { column: Column; explicit: boolean } | null>()
  const columnOf = (header: string) => {
    let column = columns.get(header)
    if (column === undefined) {
      column = postalCodeColumn(header)
      columns.set(header, column)
    }
    return column
  }
  const sourceCell = csvCell(source)

  async function* lines(): AsyncGenerator<string> {
    for await (const row of rows) {
      const cells: Partial<Record<Column, string>> = {}
      const explicit: Partial<Record<Column, boolean>> = {}
      for (const [header, value] of Object.entries(row.values)) {
        const found = columnOf(header)
        if (found === null || explicit[found.column]) continue
        if (found.explicit || cells[found.column] === undefined || cells[found.column] === '') {
          cells[found.column] = value
          explicit[found.column] = found.explicit
        }
      }
      const raw = (cells.postal_code ?? '').trim()
      if (raw === '') {
        rejected.push({ line: row.line, field: 'postal_code', reason: cells.postal_code === undefined ? 'no postal code column (postal_code, code postal, ...)' : 'empty postal code' })
        continue
      }
      const code = normalizePostalCode(raw)
      if (code === null) {
        rejected.push({ line: row.line, field: 'postal_code', reason: `"${raw}" is not a valid Canadian postal code` })
        continue
      }
      const point = pointOf(cells.latitude, cells.longitude)
      if ('reason' in point) {
        rejected.push({ line: row.line, field: point.field, reason: point.reason })
        continue
      }
      const first = seen.get(code)
      if (first !== undefined) {
        rejected.push({ line: row.line, field: 'postal_code', reason: `${code} already given on line ${first}` })
        continue
      }
      seen.set(code, row.line)
      yield `${code},SRID=4326;POINT(${point.lon} ${point.lat}),${sourceCell}\n`
    }
  }

  const loaded = await db.transaction(async (tx) => {
    await tx.query(namedQuery('geocode/create-postal-code-staging'))
    const copied = await tx.copyCsv('postal_code_load', ['code', 'centroid', 'source'], lines())
    await tx.query(namedQuery('geocode/upsert-postal-codes'))
    return copied
  })
  return { loaded, rejected }
}

function pointOf(latitude: string | undefined, longitude: string | undefined): { lon: number; lat: number } | { field: string; reason: string } {
  if (latitude === undefined || latitude.trim() === '') return { field: 'latitude', reason: 'empty latitude' }
  if (longitude === undefined || longitude.trim() === '') return { field: 'longitude', reason: 'empty longitude' }
  const checked = checkCoordinates(latitude, longitude, { revealValues: true })
  if (checked.ok) return { lon: checked.lon, lat: checked.lat }
  const lat = parseDegree(latitude)
  const lon = parseDegree(longitude)
  if (lat === null || lon === null || (lat === 0 && lon === 0)) return { field: checked.field, reason: checked.reason }
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return { field: 'latitude', reason: `coordinates ${lat}, ${lon} are not WGS 84 degrees` }
  return { lon, lat }
}

/** A CSV cell: quoted when it holds a comma, a quote or a line break. */
function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
