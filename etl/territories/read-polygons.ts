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
    const problem = zipProblem(buffer)
    if (problem) throw new InputError(name, `not a readable zipped Shapefile: ${problem}`)
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

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50
const LOCAL_ENTRY = 0x04034b50

/**
 * What is wrong with the zip's directory, if anything. shpjs's unzipper (but-unzip 0.1) trusts the file: on one
 * that starts with "P" but has no end-of-central-directory record it loops forever, blocking the whole server.
 * So the directory is walked here first, every offset checked against the file, the way but-unzip will read it.
 */
export function zipProblem(buffer: Buffer): string | undefined {
  // The record is 22 bytes plus a comment of at most 65,535; but-unzip takes the last one in that range.
  const last = buffer.length - 22
  let end = -1
  for (let i = last; i >= Math.max(0, last - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i
      break
    }
  }
  if (end < 0) return 'no zip directory (the file is truncated or not a zip)'
  const entries = buffer.readUInt16LE(end + 10)
  if (entries !== buffer.readUInt16LE(end + 8)) return 'a zip split over several disks is not supported'
  let offset = buffer.readUInt32LE(end + 16)
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > end || buffer.readUInt32LE(offset) !== DIRECTORY_ENTRY) return 'the zip directory is corrupt'
    const local = buffer.readUInt32LE(offset + 42)
    if (local + 30 > buffer.length || buffer.readUInt32LE(local) !== LOCAL_ENTRY) return 'a zip entry is corrupt'
    offset += 46 + buffer.readUInt16LE(offset + 28) + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32)
  }
  return undefined
}
