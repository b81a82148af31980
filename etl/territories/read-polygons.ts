/** Reads a polygon layer a user has: GeoJSON, or a zipped Shapefile (one layer). */
import { readFile } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import shp from 'shpjs'
import { InputError } from '../read/types'

export interface PolygonFeature {
  /** 1-based position of the feature in the file, for error messages. */
  index: number
  properties: Record<string, unknown>
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown }
}

/** The features of the layer; any feature that is not a polygon is an error naming it. */
export async function readPolygons(path: string): Promise<PolygonFeature[]> {
  const name = basename(path)
  let buffer: Buffer
  try {
    buffer = await readFile(path)
  } catch (error) {
    throw new InputError(name, `cannot read the file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`)
  }
  if (buffer.length === 0) throw new InputError(name, 'the file is empty')
  const isZip = buffer[0] === 0x50 && buffer[1] === 0x4b
  let collection: { type?: string; features?: unknown[] }
  if (isZip) {
    let layers
    try {
      layers = await shp(buffer)
    } catch (error) {
      throw new InputError(name, `not a readable zipped Shapefile: ${(error as Error).message}`)
    }
    if (Array.isArray(layers)) {
      if (layers.length !== 1) throw new InputError(name, `the zip holds ${layers.length} layers (${layers.map((l) => l.fileName).join(', ')}); keep one`)
      collection = layers[0] as typeof collection
    } else collection = layers
  } else {
    if (!['.json', '.geojson'].includes(extname(path).toLowerCase())) throw new InputError(name, 'expected a GeoJSON file (.geojson, .json) or a zipped Shapefile (.zip)')
    try {
      collection = JSON.parse(buffer.toString('utf8')) as typeof collection
    } catch (error) {
      throw new InputError(name, `not valid JSON: ${(error as Error).message}`)
    }
  }
  if (collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) throw new InputError(name, 'not a GeoJSON FeatureCollection')
  if (collection.features.length === 0) throw new InputError(name, 'the layer has no features')
  return collection.features.map((raw, i) => {
    const feature = raw as { geometry?: { type?: string; coordinates?: unknown } | null; properties?: Record<string, unknown> | null }
    const type = feature.geometry?.type
    if (type !== 'Polygon' && type !== 'MultiPolygon') {
      throw new InputError(name, `geometry must be a Polygon or MultiPolygon, not ${type ?? 'empty'}`, { row: i + 1, field: 'geometry' })
    }
    return { index: i + 1, properties: feature.properties ?? {}, geometry: { type, coordinates: feature.geometry?.coordinates } }
  })
}
