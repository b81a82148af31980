/**
 * One row of an organization file → one service of one organization at one location, or the
 * reasons it is rejected. Rows of the same organization and location are grouped at merge.
 */
import type { ImportReject } from '../../core/api/types'
import { nameKey } from '../../core/domain/name-key'
import type { Precision } from '../../core/domain/request-fields'
import { geocode } from '../geocode/geocode'
import type { Gazetteer } from '../geocode/gazetteer'
import { matchCategories, type CategoryRow } from '../normalize/category'
import { parseLanguageList } from '../normalize/language'
import { normalizePostalCode } from '../normalize/postal-code'
import type { Fields } from './run-import'

export interface OrganizationRow {
  sourceKey: string
  name: string
  alternateName: string | null
  description: string | null
  website: string | null
  email: string | null
  phone: string | null
  address: string | null
  city: string | null
  postalCode: string | null
  lon: number
  lat: number
  precision: Precision
  municipalityId: number | null
  service: {
    name: string
    categories: string[]
    languages: string[]
    capacity: number | null
    hours: string | null
    /** Territory names or a radius, resolved at merge. */
    area: string | null
  }
}

export interface OrganizationContext {
  gazetteer: Gazetteer
  categories: readonly CategoryRow[]
  /** Street-address geocoder (Nominatim), only when configured. */
  geocodeAddress?: (address: string, city: string | null, postalCode: string | null) => Promise<{ lon: number; lat: number } | null>
}

/** Normalizes one row of an organization file. */
export async function organizationRecord(line: number, fields: Fields, context: OrganizationContext): Promise<{ records: OrganizationRow[]; rejects: ImportReject[] }> {
  const rejects: ImportReject[] = []
  const fail = (field: string, reason: string) => rejects.push({ row: line, field, reason })
  const name = fields.name?.trim()
  if (!name) fail('name', 'is empty')
  const matched = fields.categories ? matchCategories(fields.categories, context.categories) : { ids: [], unknown: [] }
  if (!fields.categories) fail('categories', 'is empty: say which needs the organization serves')
  else if (matched.ids.length === 0) fail('categories', `"${fields.categories}" holds no known need category`)
  const capacity = fields.capacity ? Number(fields.capacity.replace(/\s/g, '').replace(',', '.')) : null
  if (capacity !== null && !(Number.isFinite(capacity) && capacity > 0)) fail('capacity', `"${fields.capacity}" is not a positive number`)

  const postalCode = fields.postal_code ? normalizePostalCode(fields.postal_code) : null
  if (fields.postal_code && !postalCode) fail('postal_code', `"${fields.postal_code}" is not a Canadian postal code`)
  let place = geocode({ latitude: fields.latitude, longitude: fields.longitude, postal_code: postalCode ?? undefined, municipality: fields.municipality }, context.gazetteer)
  // A street address is more precise than a municipality or an FSA: ask the configured geocoder.
  if (context.geocodeAddress && fields.address && (!place.ok || place.precision === 'municipality' || place.precision === 'fsa')) {
    const found = await context.geocodeAddress(fields.address, fields.municipality ?? null, postalCode)
    if (found) {
      const checked = geocode({ latitude: String(found.lat), longitude: String(found.lon), municipality: fields.municipality }, context.gazetteer)
      if (checked.ok) place = { ...checked, precision: 'coordinates' }
    }
  }
  if (!place.ok) fail(place.field, place.reason)
  if (rejects.length > 0 || !name || !place.ok) return { records: [], rejects }

  const sourceKey = fields.source_id?.trim() || `${nameKey(name)}|${postalCode ?? ''}|${nameKey(fields.address ?? '')}`
  return {
    rejects,
    records: [
      {
        sourceKey,
        name,
        alternateName: fields.alternate_name ?? null,
        description: fields.description ?? null,
        website: fields.website ?? null,
        email: fields.email ?? null,
        phone: fields.phone ?? null,
        address: fields.address ?? null,
        city: fields.municipality ?? null,
        postalCode,
        lon: place.lon,
        lat: place.lat,
        precision: place.precision,
        municipalityId: place.municipalityId,
        service: {
          name: fields.service_name ?? name,
          categories: matched.ids,
          languages: fields.languages ? parseLanguageList(fields.languages).codes : [],
          capacity,
          hours: fields.hours ?? null,
          area: fields.service_area ?? null,
        },
      },
    ],
  }
}
