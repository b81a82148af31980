/**
 * Loads the reference geodata (territories, gazetteer, FSAs, deprivation, public installations)
 * and the default taxonomy into the database, in one transaction. Idempotent: a database that
 * already holds this version of geodata/ is left as it is.
 */
import type { Database, Queryable } from '../../core/db/database'
import { namedQuery } from '../../core/db/named-query'
import { DEFAULT_CATEGORIES } from '../../core/domain/categories'
import { BUILTIN_LEVELS } from '../../core/domain/levels'
import { MISSION_CATEGORIES } from '../../core/domain/msss-missions'
import { nameKey } from '../../core/domain/name-key'
import { finishImport, startImport } from '../load/import-log'
import { refreshSupplyCounts } from '../load/refresh-counts'
import { writeSupply, type SupplyRecord } from '../load/supply-writer'
import { geodataVersion, readFeatures, readRows, required, type GeoFeature } from './geodata-files'

export interface ReferenceLoadResult {
  loaded: boolean
  version: string
  territories: number
  installations: number
}

/** Loads geodata/ unless this exact version is already loaded. */
export async function loadReference(db: Database): Promise<ReferenceLoadResult> {
  const version = geodataVersion()
  const [existing] = await db.query<{ id: number }>(
    `SELECT id FROM import_log WHERE kind = 'reference' AND status = 'succeeded' AND file_sha256 = $1 LIMIT 1`,
    [version],
  )
  if (existing) return { loaded: false, version, territories: 0, installations: 0 }

  return db.transaction(async (tx) => {
    const importId = await startImport(tx, { kind: 'reference', source: 'geodata/', sha256: version, synthetic: false })
    await tx.query(namedQuery('reference/upsert-levels'), [JSON.stringify(BUILTIN_LEVELS)])
    await tx.query(namedQuery('reference/upsert-categories'), [JSON.stringify(DEFAULT_CATEGORIES)])
    await loadPolygonLevel(tx, 'region', null, (p) => p)
    await loadPolygonLevel(tx, 'mrc', 'region', (p) => ({ ...p, parent_code: p.region_code, attributes: { kind: p.kind, region_code: p.region_code } }))
    await loadMunicipalities(tx)
    await loadPolygonLevel(tx, 'neighbourhood', 'mrc', (p) => ({ ...p, attributes: { city: p.city } }))
    await loadBoroughs(tx)
    await loadFsas(tx)
    await loadDeprivation(tx)
    const installations = await loadInstallations(tx, importId)
    await refreshSupplyCounts(tx)
    const [{ n } = { n: 0 }] = await tx.query<{ n: number }>('SELECT count(*) AS n FROM territory')
    await finishImport(tx, importId, { rowsRead: n + installations, rowsAccepted: n + installations, report: { territories: n, installations } })
    return { loaded: true, version, territories: n, installations }
  })
}

type Properties = Record<string, unknown>

async function loadPolygonLevel(tx: Queryable, level: string, parentLevel: string | null, shape: (p: Properties) => Properties) {
  const prepare = (features: GeoFeature[]) =>
    features.map((feature, index) => {
      const properties = shape(feature.properties)
      if (typeof properties.code !== 'string' || typeof properties.name !== 'string') {
        throw new Error(`geodata/territories/${level}.geojson feature ${index + 1}: "code" and "name" must be strings`)
      }
      return { ...feature, properties: { ...properties, name_key: nameKey(properties.name) } }
    })
  const full = prepare(readFeatures(`territories/${level}.geojson`))
  const display = readFeatures(`territories/${level}.display.geojson`)
  await tx.query(namedQuery('reference/upsert-polygon-territories'), [level, JSON.stringify(full), JSON.stringify(display), parentLevel])
}

async function loadMunicipalities(tx: Queryable) {
  const rows = readRows('municipalities.csv').map((row, index) => {
    const where = `geodata/municipalities.csv row ${index + 2}`
    const name = required(row, 'name', where)
    return {
      code: required(row, 'code', where),
      name,
      name_key: nameKey(name),
      parent_code: required(row, 'mrc_code', where),
      population: Number(required(row, 'population', where)),
      population_source: 'mamh-decree',
      lon: Number(required(row, 'lon', where)),
      lat: Number(required(row, 'lat', where)),
      attributes: { designation: row.designation, postal_code: row.postal_code, csduid: row.csduid, region_code: row.region_code },
    }
  })
  await tx.query(namedQuery('reference/upsert-point-territories'), ['municipality', JSON.stringify(rows), 'mrc'])
}

async function loadBoroughs(tx: Queryable) {
  const rows = readRows('boroughs.csv').map((row) => ({ ...row, name_key: nameKey(row.name ?? '') }))
  await tx.query(namedQuery('reference/upsert-boroughs'), [JSON.stringify(rows)])
}

async function loadFsas(tx: Queryable) {
  await tx.query(namedQuery('reference/upsert-fsas'), [JSON.stringify(readRows('fsa.csv'))])
}

async function loadDeprivation(tx: Queryable) {
  await tx.query(namedQuery('reference/upsert-deprivation'), [JSON.stringify(readRows('deprivation.csv'))])
}

/** The MSSS public installations become organizations of source `msss-m02` (real, not synthetic). */
async function loadInstallations(tx: Queryable, importId: number): Promise<number> {
  const municipalities = new Map(
    (await tx.query<{ id: number; code: string }>(`SELECT id, code FROM territory WHERE level_id = 'municipality'`)).map((m) => [m.code, m.id]),
  )
  const records: SupplyRecord[] = readRows('installations.csv').map((row, index) => {
    const where = `geodata/installations.csv row ${index + 2}`
    const missions = (row.missions ?? '').split(';').filter((mission) => mission in MISSION_CATEGORIES)
    return {
      source: 'msss-m02',
      sourceKey: required(row, 'code', where),
      name: required(row, 'name', where),
      alternateName: row.establishment || null,
      synthetic: false,
      location: {
        address: row.address || null,
        postalCode: row.postal_code || null,
        lon: Number(required(row, 'lon', where)),
        lat: Number(required(row, 'lat', where)),
        precision: 'coordinates',
        municipalityId: municipalities.get(row.municipality_code ?? '') ?? null,
      },
      services: missions.map((mission) => ({
        name: MISSION_CATEGORIES[mission]?.fr ?? mission,
        categories: MISSION_CATEGORIES[mission]?.categories ?? [],
        languages: ['fr'],
      })),
    }
  })
  await writeSupply(tx, records.filter((record) => record.services.length > 0), importId)
  return records.length
}
