/**
 * One row of a request file → anonymized request records (one per need category), or the reasons it
 * is rejected. Only allow-listed fields survive; the location is generalized here, before storage.
 */
import { latLngToCell, cellToLatLng } from 'h3-js'
import type { ImportReject } from '../../core/api/types'
import { isoWeekOf, monthOfIsoWeek } from '../../core/domain/iso-week'
import type { AgeGroup, Channel, Outcome, Precision, RequestLanguage } from '../../core/domain/request-fields'
import { requestId } from '../anonymize/source-hash'
import { geocode } from '../geocode/geocode'
import type { Gazetteer } from '../geocode/gazetteer'
import { normalizeAgeGroup } from '../normalize/age-group'
import { matchCategories, type CategoryRow } from '../normalize/category'
import { memoize } from './memo'
import { normalizeChannel } from '../normalize/channel'
import { parseDate } from '../normalize/date'
import { normalizeLanguage } from '../normalize/language'
import { normalizeOutcome } from '../normalize/outcome'
import { normalizePostalCode } from '../normalize/postal-code'

/** H3 resolution of a request's place (PRODUCT.md: no finer than 8). */
export const REQUEST_CELL_RESOLUTION = 8

export interface RequestRecord {
  /** Keyed hash of the source id and category (see requestId). */
  id: string
  isoWeek: string
  month: string
  category: string
  outcome: Outcome
  ageGroup: AgeGroup
  language: RequestLanguage
  channel: Channel
  placeKey: string
  h3: string | null
  fsa: string | null
  municipalityId: number | null
  lon: number
  lat: number
  precision: Precision
}

export interface RequestContext {
  normalize: Normalizers
  secret: string
  /** Channel of rows whose file has no channel column (e.g. every row of a 2-1-1 export). */
  defaultChannel: Channel
  /** Occurrences of each content key, for files without a source id (see contentKey). */
  occurrences: Map<string, number>
}

/** The normalizers of one import, each remembering the texts it has seen (see memo.ts). */
export interface Normalizers {
  date: (text: string) => ReturnType<typeof parseDate>
  categories: (text: string) => { ids: string[]; unknown: string[] }
  outcome: (text: string) => Outcome | null
  ageGroup: (text: string) => AgeGroup | null
  language: (text: string) => RequestLanguage | null
  channel: (text: string) => Channel | null
  postalCode: (text: string) => string | null
  place: (key: string) => ReturnType<typeof geocode>
}

/** Builds memoized normalizers over the gazetteer and taxonomy of an import. */
export function normalizers(gazetteer: Gazetteer, categories: readonly CategoryRow[]): Normalizers {
  return {
    date: memoize((text) => parseDate(text)),
    categories: memoize((text) => matchCategories(text, categories)),
    outcome: memoize(normalizeOutcome),
    ageGroup: memoize(normalizeAgeGroup),
    language: memoize(normalizeLanguage),
    channel: memoize(normalizeChannel),
    postalCode: memoize(normalizePostalCode),
    // The key joins the four location fields; a file repeats the same places many times.
    place: memoize((key) => {
      const [latitude, longitude, postal_code, municipality] = key.split('\u0000')
      return geocode({ latitude, longitude, postal_code, municipality }, gazetteer)
    }),
  }
}

/** Normalizes one row: its records, or why it is rejected. Never echoes a personal value in a reason. */
export function requestRecords(line: number, fields: Record<string, string>, context: RequestContext): { records: RequestRecord[]; rejects: ImportReject[] } {
  const rejects: ImportReject[] = []
  const fail = (field: string, reason: string) => rejects.push({ row: line, field, reason })

  const n = context.normalize
  const date = fields.date ? n.date(fields.date) : null
  if (!fields.date) fail('date', 'is empty')
  else if (!date) fail('date', `"${clip(fields.date)}" is not a date (e.g. 2025-03-14, 14/03/2025, 14 mars 2025)`)

  const matched = fields.category ? n.categories(fields.category) : { ids: [], unknown: [] }
  if (!fields.category) fail('category', 'is empty')
  else if (matched.ids.length === 0) fail('category', `"${clip(fields.category)}" is not a known need category`)

  const outcome = fields.outcome === undefined ? 'unknown' : n.outcome(fields.outcome)
  if (!outcome) fail('outcome', `"${clip(fields.outcome ?? '')}" is not a known outcome (référé, non comblé, hors territoire, fonds d'urgence, inconnu)`)
  const ageGroup = fields.age_group === undefined ? 'unknown' : n.ageGroup(fields.age_group)
  if (!ageGroup) fail('age_group', 'is neither an age group nor an age')
  const language = fields.language === undefined ? 'unknown' : n.language(fields.language)
  if (!language) fail('language', `"${clip(fields.language ?? '')}" is not a known language`)
  const channel = fields.channel === undefined ? context.defaultChannel : n.channel(fields.channel)
  if (!channel) fail('channel', `"${clip(fields.channel ?? '')}" is not a known channel (211, 811, 311, outreach, walk-in, fund)`)

  const postalCode = fields.postal_code ? n.postalCode(fields.postal_code) : null
  const place = n.place([fields.latitude ?? '', fields.longitude ?? '', postalCode ?? fields.postal_code ?? '', fields.municipality ?? ''].join('\u0000'))
  if (!place.ok) fail(place.field, place.reason)

  if (rejects.length > 0 || !date || !outcome || !ageGroup || !language || !channel || !place.ok) return { records: [], rejects }

  const isoWeek = isoWeekOf(date.date)
  const month = monthOfIsoWeek(isoWeek)
  // A point known to the street (coordinates, full postal code) is kept only as its H3 cell's centre;
  // a coarser one stays where it is (a municipality's or an FSA's point), with no cell.
  const fine = place.precision === 'coordinates' || place.precision === 'postal_code'
  const h3 = fine ? latLngToCell(place.lat, place.lon, REQUEST_CELL_RESOLUTION) : null
  const [lat, lon] = h3 ? cellToLatLng(h3) : [place.lat, place.lon]
  const fsa = postalCode ? postalCode.slice(0, 3) : (place.fsa ?? null)
  const placeKey = `${h3 ?? '-'}|${fsa ?? '-'}|${place.municipalityId ?? '-'}`
  const base = { isoWeek, month, outcome, ageGroup, language, channel, placeKey, h3, fsa, municipalityId: place.municipalityId, lon, lat, precision: place.precision }
  const records = matched.ids.map((category) => {
    const identity = fields.source_id ? fields.source_id : contentKey(context, base, category)
    return { ...base, category, id: requestId(context.secret, identity, category) }
  })
  return { records, rejects }
}

/**
 * Without a source id, a record is known by its content and its rank among identical rows of the
 * file, so re-importing the same file, or a later export that repeats it, adds nothing twice.
 */
function contentKey(context: RequestContext, base: Omit<RequestRecord, 'id' | 'category'>, category: string): string {
  const key = [base.isoWeek, category, base.outcome, base.ageGroup, base.language, base.channel, base.placeKey].join('|')
  const rank = (context.occurrences.get(key) ?? 0) + 1
  context.occurrences.set(key, rank)
  return `content:${key}#${rank}`
}

function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 57)}…` : value
}
