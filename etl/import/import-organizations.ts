/** `import organizations <file>`: organizations, services and locations (HSDS shape), idempotently. */
import { basename, extname } from 'node:path'
import type { ImportReport } from '../../core/api/types'
import type { Config } from '../../core/config'
import type { Database, Queryable } from '../../core/db/database'
import { namedQuery } from '../../core/db/named-query'
import { nameKey } from '../../core/domain/name-key'
import { streetGeocoderFromEnv } from '../geocode/nominatim'
import { loadGazetteer } from '../geocode/gazetteer'
import { refreshSupplyCounts } from '../load/refresh-counts'
import { csvChunk } from '../load/csv-rows'
import { writeSupply, type SupplyRecord, type SupplyService } from '../load/supply-writer'
import type { CategoryRow } from '../normalize/category'
import { organizationRecord, type OrganizationContext, type OrganizationRow } from './organization-record'
import { runImport, type ImportOptions, type ImportPlan } from './run-import'

/** Imports an organization file; records replace those of the same source and key. */
export async function importOrganizations(db: Database, config: Config, file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const displayName = options.displayName ?? basename(file)
  // The source is the file's name without extension: a corrected or newer copy of the same list replaces it.
  const source = `import:${basename(displayName, extname(displayName))}`
  let context: OrganizationContext | null = null
  const plan: ImportPlan<OrganizationRow> = {
    kind: 'organizations',
    requiredFields: [['name'], ['categories'], ['postal_code', 'municipality', 'latitude']],
    async prepare(tx) {
      const geocoder = await streetGeocoderFromEnv({
        LACUNES_GEOCODER_URL: config.LACUNES_GEOCODER_URL,
        LACUNES_GEOCODER_RATE: String(config.LACUNES_GEOCODER_RATE),
        LACUNES_DATA_DIR: config.LACUNES_DATA_DIR,
      })
      context = {
        gazetteer: await loadGazetteer(tx),
        categories: await tx.query<CategoryRow>(namedQuery('api/categories')),
        ...(geocoder
          ? { geocodeAddress: (address: string, municipality: string | null, postalCode: string | null) => geocoder.geocodeOrganizationAddress({ address, municipality, postalCode }) }
          : {}),
      }
      await tx.exec(namedQuery('import/create-organization-staging'))
    },
    normalize: ({ line, fields }) => {
      if (!context) throw new Error('organization import used before prepare')
      return organizationRecord(line, fields, context)
    },
    encode: (records) => csvChunk(records.map((record) => [record.sourceKey, JSON.stringify(record)])),
    async load(tx, importId, pass) {
      await tx.copyCsv('organization_staging', ['source_key', 'record'], pass())
      const rows = await tx.query<{ source_key: string; record: OrganizationRow }>('SELECT source_key, record FROM organization_staging ORDER BY source_key')
      const { records, warnings } = await groupRecords(tx, source, rows.map((row) => row.record))
      const existing = await tx.query<{ source_key: string }>('SELECT source_key FROM organization WHERE source = $1 AND source_key = ANY($2::text[])', [
        source,
        records.map((r) => r.sourceKey),
      ])
      await writeSupply(tx, records, importId)
      await refreshSupplyCounts(tx)
      return { added: records.length - existing.length, warnings }
    },
    precisionOf: (record) => record.precision,
  }
  const report = await runImport(db, file, plan, { ...options, displayName })
  return report
}

/** Groups rows (one per service) into organizations, resolving service areas to territories. */
async function groupRecords(tx: Queryable, source: string, rows: OrganizationRow[]): Promise<{ records: SupplyRecord[]; warnings: string[] }> {
  const territories = await tx.query<{ id: number; name_key: string; level_id: string }>(`SELECT id, name_key, level_id FROM territory WHERE level_id <> 'neighbourhood'`)
  const byName = new Map<string, number>()
  for (const t of territories) if (!byName.has(t.name_key)) byName.set(t.name_key, t.id)
  const warnings = new Set<string>()
  const grouped = new Map<string, SupplyRecord & { services: SupplyService[] }>()
  for (const row of rows) {
    const service: SupplyService = {
      name: row.service.name,
      categories: row.service.categories,
      languages: row.service.languages,
      capacity: row.service.capacity,
      ...serviceArea(row.service.area, byName, warnings),
    }
    const existing = grouped.get(row.sourceKey)
    if (existing) {
      existing.services.push(service)
      continue
    }
    grouped.set(row.sourceKey, {
      source,
      sourceKey: row.sourceKey,
      name: row.name,
      alternateName: row.alternateName,
      description: row.description,
      website: row.website,
      synthetic: false,
      location: { address: row.address, city: row.city, postalCode: row.postalCode, lon: row.lon, lat: row.lat, precision: row.precision, municipalityId: row.municipalityId },
      services: [service],
    })
  }
  return { records: [...grouped.values()], warnings: [...warnings] }
}

/** "25 km", "500 m", or territory names separated by ; or , (MRC, municipality, region). */
function serviceArea(text: string | null, byName: Map<string, number>, warnings: Set<string>): Pick<SupplyService, 'area'> {
  if (!text) return {}
  const radius = /^\s*(\d+(?:[.,]\d+)?)\s*(km|m)\s*$/i.exec(text)
  if (radius) return { area: { radiusM: Number((radius[1] ?? '0').replace(',', '.')) * ((radius[2] ?? 'm').toLowerCase() === 'km' ? 1000 : 1) } }
  const ids: number[] = []
  for (const part of text.split(/[;,|]/).map((p) => p.trim()).filter(Boolean)) {
    const key = nameKey(part.replace(/^(mrc des|mrc de la|mrc de|mrc du|mrc|ville de|municipalité de|municipalite de|région de la|region de la|région du|region du|région de|region de)\s+/i, ''))
    const id = byName.get(key) ?? byName.get(nameKey(part))
    if (id === undefined) warnings.add(`service area "${part}" matches no territory; the service counts only where it is located`)
    else ids.push(id)
  }
  return ids.length > 0 ? { area: { territoryIds: ids } } : {}
}
