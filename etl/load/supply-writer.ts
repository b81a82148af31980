/**
 * Writes organizations with their locations, services, categories and service areas (HSDS shape)
 * in bulk. A record replaces the one of the same source and key, so reloading is idempotent.
 */
import type { Queryable } from '../../core/db/database'
import type { Precision } from '../../core/domain/request-fields'
import { csvChunk, pointEwkt, textArray, type CsvValue } from './csv-rows'
import { stableUuid } from './stable-id'

export interface SupplyService {
  name: string
  categories: readonly string[]
  capacity?: number | null
  languages: readonly string[]
  /** Whom it serves: territories by id, or a radius around its location. */
  area?: { territoryIds: readonly number[] } | { radiusM: number }
}

export interface SupplyRecord {
  source: string
  sourceKey: string
  name: string
  alternateName?: string | null
  description?: string | null
  website?: string | null
  synthetic: boolean
  location: {
    name?: string | null
    address?: string | null
    city?: string | null
    postalCode?: string | null
    lon: number
    lat: number
    precision: Precision
    municipalityId?: number | null
  }
  services: readonly SupplyService[]
}

const ROWS_PER_CHUNK = 2000

function* chunks(rows: CsvValue[][]): Generator<string> {
  for (let i = 0; i < rows.length; i += ROWS_PER_CHUNK) yield csvChunk(rows.slice(i, i + ROWS_PER_CHUNK))
}

/** Writes `records` inside the caller's transaction; returns the number of service points written. */
export async function writeSupply(tx: Queryable, records: readonly SupplyRecord[], importId: number): Promise<number> {
  const organizations: CsvValue[][] = []
  const locations: CsvValue[][] = []
  const services: CsvValue[][] = []
  const serviceCategories: CsvValue[][] = []
  const serviceAtLocations: CsvValue[][] = []
  const serviceAreas: CsvValue[][] = []
  const keysBySource = new Map<string, string[]>()

  for (const record of records) {
    const key = `${record.source}\u0000${record.sourceKey}`
    const orgId = stableUuid('organization', key)
    const locationId = stableUuid('location', key)
    const sourceKeys = keysBySource.get(record.source) ?? []
    sourceKeys.push(record.sourceKey)
    keysBySource.set(record.source, sourceKeys)
    organizations.push([orgId, record.name, record.alternateName, record.description, record.website, record.source, record.sourceKey, record.synthetic, importId])
    const l = record.location
    locations.push([locationId, orgId, l.name, l.address, l.city, l.postalCode, pointEwkt(l.lon, l.lat), l.precision, l.municipalityId])
    record.services.forEach((service, index) => {
      const serviceId = stableUuid('service', `${key}\u0000${index}`)
      services.push([serviceId, orgId, service.name, service.capacity, textArray(service.languages)])
      for (const category of new Set(service.categories)) serviceCategories.push([serviceId, category])
      serviceAtLocations.push([stableUuid('service_at_location', `${key}\u0000${index}`), serviceId, locationId])
      const area = service.area
      if (area && 'radiusM' in area) serviceAreas.push([stableUuid('service_area', `${key}\u0000${index}\u0000r`), serviceId, null, area.radiusM])
      else if (area) {
        for (const territoryId of area.territoryIds) {
          serviceAreas.push([stableUuid('service_area', `${key}\u0000${index}\u0000${territoryId}`), serviceId, territoryId, null])
        }
      }
    })
  }

  for (const [source, keys] of keysBySource) {
    await tx.query('DELETE FROM organization WHERE source = $1 AND source_key = ANY($2::text[])', [source, keys])
  }
  await tx.copyCsv('organization', ['id', 'name', 'alternate_name', 'description', 'website', 'source', 'source_key', 'synthetic', 'import_id'], chunks(organizations))
  await tx.copyCsv('location', ['id', 'organization_id', 'name', 'address_1', 'city', 'postal_code', 'geom', 'geocode_precision', 'municipality_id'], chunks(locations))
  await tx.copyCsv('service', ['id', 'organization_id', 'name', 'capacity', 'languages'], chunks(services))
  await tx.copyCsv('service_category', ['service_id', 'category_id'], chunks(serviceCategories))
  await tx.copyCsv('service_at_location', ['id', 'service_id', 'location_id'], chunks(serviceAtLocations))
  await tx.copyCsv('service_area', ['id', 'service_id', 'territory_id', 'radius_m'], chunks(serviceAreas))
  return serviceAtLocations.length
}
