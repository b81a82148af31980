/** Reads the committed reference geodata (geodata/), built by `npm run geodata`. */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'

export const GEODATA_DIR = new URL('../../geodata/', import.meta.url)

export interface GeoFeature {
  type: 'Feature'
  properties: Record<string, unknown>
  geometry: unknown
}

/** The features of geodata/<path>. */
export function readFeatures(path: string): GeoFeature[] {
  const url = new URL(path, GEODATA_DIR)
  try {
    const collection = JSON.parse(readFileSync(url, 'utf8')) as { features?: GeoFeature[] }
    if (!Array.isArray(collection.features)) throw new Error('not a GeoJSON FeatureCollection')
    return collection.features
  } catch (error) {
    throw new Error(`cannot read geodata/${path}: ${(error as Error).message}`, { cause: error })
  }
}

/** The rows of geodata/<path> (CSV with a header), as records of strings. */
export function readRows(path: string): Record<string, string>[] {
  const url = new URL(path, GEODATA_DIR)
  try {
    return parse(readFileSync(url), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[]
  } catch (error) {
    throw new Error(`cannot read geodata/${path}: ${(error as Error).message}`, { cause: error })
  }
}

/** A column of a geodata row that must be present and non-empty. */
export function required(row: Record<string, string>, column: string, where: string): string {
  const value = row[column]
  if (value === undefined || value === '') throw new Error(`${where}: column "${column}" is empty`)
  return value
}

/** sha256 of geodata/manifest.json: it names every file's hash, so it versions the whole reference set. */
export function geodataVersion(): string {
  return createHash('sha256').update(readFileSync(new URL('manifest.json', GEODATA_DIR))).digest('hex')
}
