/**
 * GeoJSON reader: a FeatureCollection of Point features (organizations or requests).
 * Values are the feature's properties as text plus `longitude` / `latitude` from the point
 * geometry (they override properties of the same name). A feature without geometry (null) has
 * no coordinates and is left to the geocoder; any other geometry than a Point (or a MultiPoint
 * of one point) is an InputError naming the feature: "geometry must be a Point".
 *
 * Decision: the file is read whole and parsed with JSON.parse (organization and point files are
 * small; JSON.parse gives the exact position of a syntax error). Rows are still yielded lazily.
 * A file over 256 MB is refused: convert it to CSV (with longitude/latitude columns) instead.
 *
 * Row numbers (`line`) are 1-based feature indexes ("row 3" = the third feature).
 */
import { readFile } from 'node:fs/promises'
import { parseJsonText } from './json-text'
import { MAGIC_NAMES, readSample, sniffBytes } from './sniff'
import { numberText } from './xlsx'
import { InputError, type SourceRow, type TableSource } from './types'

const MAX_BYTES = 256 * 1024 * 1024

/** A JSON property value as text: arrays of scalars joined with "; ", objects as JSON. */
export function jsonValueText(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value.trim()
  if (typeof value === 'number') return numberText(value)
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  if (Array.isArray(value)) {
    if (value.every((item) => item === null || typeof item !== 'object')) return value.map(jsonValueText).filter((t) => t !== '').join('; ')
    return JSON.stringify(value)
  }
  return JSON.stringify(value)
}

/** Reads a JSON file whole after the usual checks (exists, not empty, not binary), and parses it. */
export async function readJsonFile(file: string, what: string): Promise<unknown> {
  const { sample, size } = await readSample(file, 512)
  const magic = sniffBytes(sample)
  if (magic !== 'text') throw new InputError(file, `this is ${MAGIC_NAMES[magic]}, not a ${what} (JSON text)`)
  if (size > MAX_BYTES) throw new InputError(file, `the file is larger than ${MAX_BYTES / 1024 / 1024} MB; convert it to CSV to import it`)
  const text = await readFile(file, 'utf8')
  if (text.trim() === '') throw new InputError(file, 'the file is empty (only blank space)')
  return parseJsonText(file, text)
}

function describeType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value !== 'object') return `a ${typeof value}`
  const type = (value as { type?: unknown }).type
  return typeof type === 'string' ? `a ${type}` : 'an object without "type"'
}

function checkCrs(file: string, crs: unknown): void {
  if (crs === undefined || crs === null) return
  const name = String((crs as { properties?: { name?: unknown } }).properties?.name ?? '')
  if (!/CRS84|4326|WGS ?84/i.test(name)) {
    throw new InputError(file, `coordinates must be longitude/latitude in WGS84 (EPSG:4326); this file declares the CRS "${name || JSON.stringify(crs)}"`)
  }
}

function pointOf(file: string, geometry: unknown, row: number): [number, number] | undefined {
  if (geometry === null || geometry === undefined) return undefined
  const g = geometry as { type?: unknown; coordinates?: unknown }
  let coordinates = g.coordinates
  if (g.type === 'MultiPoint' && Array.isArray(coordinates) && coordinates.length === 1) coordinates = coordinates[0]
  else if (g.type !== 'Point') {
    throw new InputError(file, `geometry must be a Point (found ${typeof g.type === 'string' ? g.type : 'an unknown geometry'})`, { row, field: 'geometry' })
  }
  if (!Array.isArray(coordinates) || coordinates.length < 2 || typeof coordinates[0] !== 'number' || typeof coordinates[1] !== 'number') {
    throw new InputError(file, 'the Point has no valid [longitude, latitude] coordinates', { row, field: 'geometry' })
  }
  return [coordinates[0], coordinates[1]]
}

/** Opens a GeoJSON FeatureCollection of points. */
export async function openGeojson(file: string): Promise<TableSource> {
  const data = await readJsonFile(file, 'GeoJSON file')
  if (data === null || typeof data !== 'object' || Array.isArray(data) || (data as { type?: unknown }).type !== 'FeatureCollection') {
    throw new InputError(file, `not a GeoJSON FeatureCollection (found ${describeType(data)})`)
  }
  const collection = data as { features?: unknown; crs?: unknown }
  checkCrs(file, collection.crs)
  if (!Array.isArray(collection.features)) throw new InputError(file, 'the FeatureCollection has no "features" array')
  const features = collection.features as unknown[]
  if (features.length === 0) throw new InputError(file, 'the FeatureCollection has no features (no data rows)')

  const seen = new Set<string>()
  features.forEach((feature, i) => {
    if (feature === null || typeof feature !== 'object' || (feature as { type?: unknown }).type !== 'Feature') {
      throw new InputError(file, `not a GeoJSON Feature (found ${describeType(feature)})`, { row: i + 1 })
    }
    const properties = (feature as { properties?: unknown }).properties
    if (properties !== null && properties !== undefined) {
      if (typeof properties !== 'object' || Array.isArray(properties)) throw new InputError(file, '"properties" must be an object', { row: i + 1, field: 'properties' })
      for (const key of Object.keys(properties)) seen.add(key.trim())
    }
  })
  seen.delete('__proto__')
  const columns = [...seen].filter((key) => key !== 'longitude' && key !== 'latitude')
  columns.push('longitude', 'latitude')

  async function* rows(): AsyncGenerator<SourceRow> {
    for (let i = 0; i < features.length; i++) {
      const feature = features[i] as { geometry?: unknown; properties?: Record<string, unknown> | null }
      const values: Record<string, string> = {}
      for (const column of columns) values[column] = ''
      for (const [key, value] of Object.entries(feature.properties ?? {})) {
        const name = key.trim()
        if (name !== '__proto__') values[name] = jsonValueText(value)
      }
      const point = pointOf(file, feature.geometry, i + 1)
      if (point) {
        values.longitude = numberText(point[0])
        values.latitude = numberText(point[1])
      }
      yield { line: i + 1, values }
    }
  }

  return { file, format: 'geojson', details: { features: String(features.length) }, columns, rows: { [Symbol.asyncIterator]: rows } }
}
