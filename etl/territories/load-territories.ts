/**
 * `load territories <file> --level <id>`: any polygon layer a user has becomes a level of its own:
 * validated, repaired, simplified for display with shared borders kept, nested under the level it
 * overlaps most, and every stored request and organization is placed in it.
 */
import { basename } from 'node:path'
import mapshaper from 'mapshaper'
import type { Database } from '../../core/db/database'
import { namedQuery } from '../../core/db/named-query'
import { LEVEL_ID_PATTERN } from '../../core/domain/levels'
import { nameKey } from '../../core/domain/name-key'
import { finishImport, startImport } from '../load/import-log'
import { refreshRequestCounts, refreshSupplyCounts } from '../load/refresh-counts'
import { InputError } from '../read/types'
import { readPolygons, type PolygonFeature } from './read-polygons'

export interface LoadTerritoriesOptions {
  level: string
  codeField?: string
  nameField?: string
  populationField?: string
  parentLevel?: string
  labelFr?: string
  labelEn?: string
  dryRun?: boolean
}

export interface LoadTerritoriesReport {
  level: string
  file: string
  features: number
  repaired: number
  with_parent: number
  without_parent: string[]
  places_assigned: number
  dry_run: boolean
}

/** Loads a polygon layer as level `options.level` in one transaction. */
export async function loadTerritories(db: Database, path: string, options: LoadTerritoriesOptions): Promise<LoadTerritoriesReport> {
  const file = basename(path)
  if (!LEVEL_ID_PATTERN.test(options.level)) {
    throw new InputError(file, `--level "${options.level}" must be 2–40 lower-case letters, digits or _ and start with a letter`)
  }
  const [existing] = await db.query<{ builtin: boolean }>('SELECT builtin FROM level WHERE id = $1', [options.level])
  if (existing?.builtin) throw new InputError(file, `--level ${options.level} is a built-in level; choose another id`)
  if (options.parentLevel) {
    const [parent] = await db.query('SELECT 1 FROM level WHERE id = $1', [options.parentLevel])
    if (!parent) throw new InputError(file, `--parent-level ${options.parentLevel} does not exist`)
  }
  const features = await readPolygons(path)
  const fields = pickFields(file, features, options)
  const rows = features.map((feature) => ({
    type: 'Feature',
    geometry: feature.geometry,
    properties: {
      code: fields.code(feature),
      name: fields.name(feature),
      name_key: nameKey(fields.name(feature)),
      population: fields.population(feature),
      population_source: options.populationField ? `${file}:${options.populationField}` : null,
      attributes: { source: file },
    },
  }))
  const display = await simplifyForDisplay(file, rows)

  let report: LoadTerritoriesReport | null = null
  class Rollback extends Error {}
  try {
    await db.transaction(async (tx) => {
      const importId = await startImport(tx, { kind: 'territories', source: file, synthetic: false })
      const [{ invalid } = { invalid: 0 }] = await tx.query<{ invalid: number }>(namedQuery('territories/count-invalid'), [JSON.stringify(rows)])
      await tx.query(namedQuery('territories/upsert-level'), [options.level, options.labelFr ?? options.level, options.labelEn ?? options.labelFr ?? options.level, options.parentLevel ?? null])
      await tx.query('DELETE FROM territory WHERE level_id = $1 AND NOT (code = ANY($2::text[]))', [options.level, rows.map((r) => r.properties.code)])
      await tx.query(namedQuery('reference/upsert-polygon-territories'), [options.level, JSON.stringify(rows), JSON.stringify(display), null])
      if (options.parentLevel) await tx.query(namedQuery('territories/assign-parents'), [options.level, options.parentLevel])
      const orphans = await tx.query<{ code: string }>('SELECT code FROM territory WHERE level_id = $1 AND parent_id IS NULL ORDER BY code', [options.level])
      await tx.query('DELETE FROM place_territory WHERE level_id = $1', [options.level])
      await tx.query(namedQuery('assign-place-territories'), [0])
      const [{ n } = { n: 0 }] = await tx.query<{ n: number }>('SELECT count(*) AS n FROM place_territory WHERE level_id = $1', [options.level])
      await refreshRequestCounts(tx)
      await refreshSupplyCounts(tx)
      report = {
        level: options.level,
        file,
        features: rows.length,
        repaired: invalid,
        with_parent: options.parentLevel ? rows.length - orphans.length : 0,
        without_parent: options.parentLevel ? orphans.map((o) => o.code) : [],
        places_assigned: n,
        dry_run: Boolean(options.dryRun),
      }
      await finishImport(tx, importId, { rowsRead: rows.length, rowsAccepted: rows.length, report })
      if (options.dryRun) throw new Rollback()
    })
  } catch (error) {
    if (!(error instanceof Rollback)) throw error
  }
  if (!report) throw new Error('load territories finished without a report')
  return report
}

interface FieldReaders {
  code(feature: PolygonFeature): string
  name(feature: PolygonFeature): string
  population(feature: PolygonFeature): number | null
}

/** Finds the code, name and population properties (given or guessed) and checks every feature has them. */
function pickFields(file: string, features: PolygonFeature[], options: LoadTerritoriesOptions): FieldReaders {
  const keys = Object.keys(features[0]?.properties ?? {})
  const guess = (given: string | undefined, candidates: RegExp, flag: string): string => {
    if (given) {
      if (!keys.includes(given)) throw new InputError(file, `${flag} "${given}" is not a property of the features; they have: ${keys.join(', ')}`)
      return given
    }
    const found = keys.find((key) => candidates.test(key))
    if (!found) throw new InputError(file, `no property looks like the ${flag.slice(2, -6)}; name it with ${flag} (properties: ${keys.join(', ')})`)
    return found
  }
  const codeField = guess(options.codeField, /^(code|id|no|num|numero|identifiant|uid|.*_id|.*code)$/i, '--code-field')
  const nameField = guess(options.nameField, /^(name|nom|.*_name|.*nom.*|label)$/i, '--name-field')
  const seen = new Set<string>()
  const text = (feature: PolygonFeature, field: string) => {
    const value = feature.properties[field]
    if (value === null || value === undefined || String(value).trim() === '') {
      throw new InputError(file, 'is empty', { row: feature.index, field })
    }
    return String(value).trim()
  }
  for (const feature of features) {
    const code = text(feature, codeField)
    if (seen.has(code)) throw new InputError(file, `code "${code}" appears twice`, { row: feature.index, field: codeField })
    seen.add(code)
  }
  return {
    code: (feature) => text(feature, codeField),
    name: (feature) => text(feature, nameField),
    population: (feature) => {
      if (!options.populationField) return null
      const raw = feature.properties[options.populationField]
      const value = Number(String(raw ?? '').replace(/\s/g, '').replace(',', '.'))
      if (raw === null || raw === undefined || raw === '' || !Number.isFinite(value) || value < 0) {
        throw new InputError(file, `population must be a number ≥ 0, got "${String(raw ?? '')}"`, { row: feature.index, field: options.populationField })
      }
      return Math.round(value)
    },
  }
}

/** Simplifies the whole layer at once so neighbours keep one shared border. */
async function simplifyForDisplay(file: string, rows: object[]): Promise<object[]> {
  try {
    const output = await mapshaper.applyCommands('-i in.json -simplify 15% keep-shapes -clean -o out.json format=geojson', {
      'in.json': JSON.stringify({ type: 'FeatureCollection', features: rows }),
    })
    const text = output['out.json']
    const collection = JSON.parse(typeof text === 'string' ? text : (text?.toString('utf8') ?? '{}')) as { features?: object[] }
    return collection.features ?? []
  } catch (error) {
    throw new InputError(file, `cannot simplify the polygons for display: ${(error as Error).message}`)
  }
}
