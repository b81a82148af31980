/**
 * One row of a request file → anonymized request records (one per need category), or the reasons it
 * is rejected. Only allow-listed fields survive; the location is generalized here, before storage.
 */
import { latLngToCell, cellToLatLng } from 'h3-js'
import type { ImportReject } from '../../core/api/types'
import { isoWeekOf } from '../../core/domain/iso-week'
import type { AgeGroup, Channel, Outcome, Precision, RequestLanguage } from '../../core/domain/request-fields'
import { geocode } from '../geocode/geocode'
import type { Gazetteer } from '../geocode/gazetteer'
import { normalizeAgeGroup } from '../normalize/age-group'
import { matchCategories, type CategoryRow } from '../normalize/category'
import { normalizeChannel } from '../normalize/channel'
import { parseDate } from '../normalize/date'
import { normalizeLanguage } from '../normalize/language'
import { normalizeOutcome } from '../normalize/outcome'
import { normalizePostalCode } from '../normalize/postal-code'
import type { NewPlace, PlaceRegistry } from '../load/place-registry'
import { weekCode, type PackableRequest } from '../load/request-batch'
import { memoize, memoize2, memoize4 } from './memo'
import type { Fields } from './run-import'

/** H3 resolution of a request's place (PRODUCT.md: no finer than 8). */
export const REQUEST_CELL_RESOLUTION = 8

/** A request's place once generalized: what is stored instead of where the requester is. */
export interface GeneralizedPlace extends NewPlace {
  precision: Precision
  /** The place's id (stored, or reserved for this import by the place registry). */
  id: number
}

/** The columns of request, in the order of a RequestRecord's line. */
export const REQUEST_COLUMNS = ['id', 'import_id', 'iso_week', 'month', 'category_id', 'outcome', 'age_group', 'language', 'channel', 'place_id', 'precision', 'synthetic'] as const

/**
 * One anonymized request, as small integers and shared texts: the encoder (etl/load/request-encoder.ts)
 * builds its COPY line and id, because a million lines built as text were a large share of the import
 * thread's time.
 */
export type RequestRecord = PackableRequest

/** The normalizers of one import, each remembering the texts it has seen (see memo.ts). */
export interface Normalizers {
  /** The ISO week, as text and as weekCode. */
  week: (text: string) => { isoWeek: string; code: number } | null
  categories: (text: string) => { ids: string[]; unknown: string[] }
  outcome: (text: string) => Outcome | null
  ageGroup: (text: string) => AgeGroup | null
  language: (text: string) => RequestLanguage | null
  channel: (text: string) => Channel | null
  /** Geocodes and generalizes a row's location fields (empty when the file has none). */
  place: (municipality: string, postalCode: string, latitude: string, longitude: string) => GeneralizedPlace | { ok: false; field: string; reason: string }
}

/** Builds memoized normalizers over the gazetteer, taxonomy and places of an import. */
export function normalizers(gazetteer: Gazetteer, categories: readonly CategoryRow[], places: PlaceRegistry): Normalizers {
  const generalize = (municipality: string, rawPostalCode: string, latitude: string, longitude: string): GeneralizedPlace | { ok: false; field: string; reason: string } => {
    const postalCode = rawPostalCode ? normalizePostalCode(rawPostalCode) : null
    const found = geocode({ latitude: latitude || undefined, longitude: longitude || undefined, postal_code: postalCode ?? (rawPostalCode || undefined), municipality: municipality || undefined }, gazetteer)
    if (!found.ok) return found
    // A point known to the street (coordinates, full postal code) is kept only as its H3 cell's
    // centre; a coarser one stays where it is (a municipality's or an FSA's point), with no cell.
    const fine = found.precision === 'coordinates' || found.precision === 'postal_code'
    const h3 = fine ? latLngToCell(found.lat, found.lon, REQUEST_CELL_RESOLUTION) : null
    const [lat, lon] = h3 ? cellToLatLng(h3) : [found.lat, found.lon]
    const fsa = postalCode ? postalCode.slice(0, 3) : (found.fsa ?? null)
    const place = { placeKey: `${h3 ?? '-'}|${fsa ?? '-'}|${found.municipalityId ?? '-'}`, h3, fsa, municipalityId: found.municipalityId, lon, lat }
    return { ...place, precision: found.precision, id: places.idOf(place) }
  }
  const placeByName = memoize2((municipality, postalCode) => generalize(municipality, postalCode, '', ''))
  const placeByAll = memoize4(generalize)
  return {
    week: memoize((text) => {
      const parsed = parseDate(text)
      if (!parsed) return null
      const isoWeek = isoWeekOf(parsed.date)
      return { isoWeek, code: weekCode(isoWeek) }
    }),
    categories: memoize((text) => matchCategories(text, categories)),
    outcome: memoize(normalizeOutcome),
    ageGroup: memoize(normalizeAgeGroup),
    language: memoize(normalizeLanguage),
    channel: memoize(normalizeChannel),
    // A file repeats the same places many times: each is geocoded and generalized once. Most files
    // have no coordinates: their places are remembered by two texts, not four.
    place: (municipality, postalCode, latitude, longitude) =>
      latitude === '' && longitude === '' ? placeByName(municipality, postalCode) : placeByAll(municipality, postalCode, latitude, longitude),
  }
}

export interface RequestContext {
  normalize: Normalizers
  /** Channel of rows whose file has no channel column (e.g. every row of a 2-1-1 export). */
  defaultChannel: Channel
  /** Occurrences of each content key, for files without a source id (see contentKey). */
  occurrences: Map<string, number>
  /** Each category id's index in the encoder's category list (RequestEncoderSetup.categories). */
  categoryIndex: ReadonlyMap<string, number>
}

const NO_RECORDS: RequestRecord[] = []
const NO_CATEGORIES = { ids: [] as string[], unknown: [] as string[] }

const NO_REJECTS: ImportReject[] = []

/** `rejects` with one more; the shared empty list is replaced, so a clean row allocates no list. */
function addReject(rejects: ImportReject[], row: number, field: string, reason: string): ImportReject[] {
  const list = rejects === NO_REJECTS ? [] : rejects
  list.push({ row, field, reason })
  return list
}

/** Normalizes one row: its records, or why it is rejected. Never echoes a personal value in a reason. */
export function requestRecords(line: number, fields: Fields, context: RequestContext): { records: RequestRecord[]; rejects: ImportReject[] } {
  // Written without closures or per-row allocations beyond the records: it runs a million times.
  let rejects = NO_REJECTS
  const n = context.normalize
  const week = fields.date ? n.week(fields.date) : null
  if (!fields.date) rejects = addReject(rejects, line, 'date', 'is empty')
  else if (!week) rejects = addReject(rejects, line, 'date', `"${clip(fields.date)}" is not a date (e.g. 2025-03-14, 14/03/2025, 14 mars 2025)`)

  const matched = fields.category ? n.categories(fields.category) : NO_CATEGORIES
  if (!fields.category) rejects = addReject(rejects, line, 'category', 'is empty')
  else if (matched.ids.length === 0) rejects = addReject(rejects, line, 'category', `"${clip(fields.category)}" is not a known need category`)

  const outcome = fields.outcome === undefined ? 'unknown' : n.outcome(fields.outcome)
  if (!outcome) rejects = addReject(rejects, line, 'outcome', `"${clip(fields.outcome ?? '')}" is not a known outcome (référé, non comblé, hors territoire, fonds d'urgence, inconnu)`)
  const ageGroup = fields.age_group === undefined ? 'unknown' : n.ageGroup(fields.age_group)
  if (!ageGroup) rejects = addReject(rejects, line, 'age_group', 'is neither an age group nor an age')
  const language = fields.language === undefined ? 'unknown' : n.language(fields.language)
  if (!language) rejects = addReject(rejects, line, 'language', `"${clip(fields.language ?? '')}" is not a known language`)
  const channel = fields.channel === undefined ? context.defaultChannel : n.channel(fields.channel)
  if (!channel) rejects = addReject(rejects, line, 'channel', `"${clip(fields.channel ?? '')}" is not a known channel (211, 811, 311, outreach, walk-in, fund)`)

  const place = n.place(fields.municipality ?? '', fields.postal_code ?? '', fields.latitude ?? '', fields.longitude ?? '')
  if ('ok' in place) rejects = addReject(rejects, line, place.field, place.reason)

  if (rejects.length > 0 || !week || !outcome || !ageGroup || !language || !channel || 'ok' in place) return { records: NO_RECORDS, rejects }

  const records: RequestRecord[] = []
  for (const category of matched.ids) {
    const identity = fields.source_id ? fields.source_id : contentKey(context, [week.isoWeek, category, outcome, ageGroup, language, channel, place.placeKey].join('|'))
    const index = context.categoryIndex.get(category)
    if (index === undefined) throw new Error(`category ${category} is not in the import's category list`)
    records.push({ identity, week: week.code, category: index, outcome, ageGroup, language, channel, placeId: place.id, precision: place.precision })
  }
  return { records, rejects }
}

/**
 * Without a source id, a record is known by its content and its rank among identical rows of the
 * file, so re-importing the same file, or a later export that repeats it, adds nothing twice.
 */
function contentKey(context: RequestContext, key: string): string {
  const rank = (context.occurrences.get(key) ?? 0) + 1
  context.occurrences.set(key, rank)
  return `content:${key}#${rank}`
}

function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value
}
