import { ALL_CATEGORIES } from '../../../core/domain/categories'
import { LEVEL_ID_PATTERN } from '../../../core/domain/levels'
import { CHANNELS, OUTCOMES, type Channel, type Outcome } from '../../../core/domain/request-fields'
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/language'
import { isMonth } from '../period/default-period'

/** What colours the map: one of the four territory metrics, or the H3 demand hexagons. */
export const MAP_LAYERS = ['gap', 'demand_rate', 'unmet_share', 'access', 'hex'] as const
export type MapLayer = (typeof MAP_LAYERS)[number]
/** The map layers that colour territories by a column of /api/metrics. */
export type TerritoryMetric = Exclude<MapLayer, 'hex'>

/** How values are cut into legend classes. */
export const CLASSIFICATIONS = ['quantile', 'jenks'] as const
export type ClassificationMethod = (typeof CLASSIFICATIONS)[number]

/** The largest compare set: the profile open plus three to compare it with. */
export const MAX_SELECTION = 4

/** Where the map looks. */
export interface MapPosition {
  zoom: number
  lat: number
  lon: number
}

/** The part of the view a link must reproduce. The hovered territory is deliberately not part of it. */
export interface ViewState {
  language: Language
  /** A category id, or ALL_CATEGORIES. */
  category: string
  level: string
  /** An explicit period; null means "the last 12 months with data" (resolved from /api/meta). */
  period: { from: string; to: string } | null
  /** Only requests with this outcome; null for all. */
  outcome: Outcome | null
  /** Only requests that came through this channel; null for all. */
  channel: Channel | null
  layer: MapLayer
  /** Service points drawn over the layer. */
  services: boolean
  classification: ClassificationMethod
  /** Selected territory ids: the first one's profile is open, all of them form the compare set. */
  selection: number[]
  /** null: the initial framing of southern Quebec. */
  position: MapPosition | null
}

export const DEFAULT_VIEW: ViewState = {
  language: DEFAULT_LANGUAGE,
  category: ALL_CATEGORIES,
  level: 'mrc',
  period: null,
  outcome: null,
  channel: null,
  layer: 'gap',
  services: false,
  classification: 'quantile',
  selection: [],
  position: null,
}

// Category ids are lowercase words joined by "." (two-level taxonomy) or "_".
const CATEGORY_ID = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$/
const TERRITORY_ID = /^[1-9][0-9]{0,9}$/

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null
}

/** Reads "12,34": distinct positive ids in order, at most MAX_SELECTION; anything else is skipped. */
export function parseSelection(value: string | null): number[] {
  if (!value) return []
  const ids: number[] = []
  for (const part of value.split(',')) {
    if (!TERRITORY_ID.test(part)) continue
    const id = Number(part)
    if (!ids.includes(id)) ids.push(id)
    if (ids.length === MAX_SELECTION) break
  }
  return ids
}

/** Reads "zoom/lat/lon" (the shape OpenStreetMap links use); null when out of range or malformed. */
export function parsePosition(value: string | null): MapPosition | null {
  if (!value) return null
  const parts = value.split('/')
  if (parts.length !== 3 || parts.some((part) => part.trim() === '')) return null
  const [zoom = NaN, lat = NaN, lon = NaN] = parts.map(Number)
  if (![zoom, lat, lon].every(Number.isFinite)) return null
  if (zoom < 0 || zoom > 22 || lat < -85 || lat > 85 || lon < -180 || lon > 180) return null
  return { zoom, lat, lon }
}

/** "zoom/lat/lon" rounded to what the zoom can show (about a pixel), so URLs stay short and stable. */
export function formatPosition(position: MapPosition): string {
  // A 512-pixel world spans 360° at zoom 0: one pixel is 360 / (512 · 2^zoom) degrees.
  const digits = Math.max(0, Math.ceil((Math.log(512 / 360) + position.zoom * Math.LN2) / Math.LN10))
  return `${position.zoom.toFixed(2)}/${position.lat.toFixed(digits)}/${position.lon.toFixed(digits)}`
}

/**
 * Reads a view from a query string. Anything malformed falls back to its default,
 * so a hand-edited or stale link still opens a working map.
 */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search)
  const lang = params.get('lang')
  const category = params.get('category')
  const level = params.get('level')
  const from = params.get('from')
  const to = params.get('to')
  return {
    language: isLanguage(lang) ? lang : DEFAULT_VIEW.language,
    category: category !== null && CATEGORY_ID.test(category) ? category : DEFAULT_VIEW.category,
    level: level !== null && LEVEL_ID_PATTERN.test(level) ? level : DEFAULT_VIEW.level,
    period: from !== null && to !== null && isMonth(from) && isMonth(to) && from <= to ? { from, to } : null,
    outcome: oneOf(OUTCOMES, params.get('outcome')),
    channel: oneOf(CHANNELS, params.get('channel')),
    layer: oneOf(MAP_LAYERS, params.get('layer')) ?? DEFAULT_VIEW.layer,
    services: params.get('services') === '1',
    classification: oneOf(CLASSIFICATIONS, params.get('classes')) ?? DEFAULT_VIEW.classification,
    selection: parseSelection(params.get('sel')),
    position: parsePosition(params.get('map')),
  }
}

function setOrDelete(params: URLSearchParams, name: string, value: string | null): void {
  if (value === null) params.delete(name)
  else params.set(name, value)
}

/**
 * Writes a view into a query string, keeping parameters this module does not own
 * (so features added later can share the URL without stepping on each other).
 * Defaults of the optional parts are left out, so a plain link stays short.
 */
export function serializeViewState(view: ViewState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch)
  params.set('lang', view.language)
  params.set('category', view.category)
  params.set('level', view.level)
  setOrDelete(params, 'from', view.period?.from ?? null)
  setOrDelete(params, 'to', view.period?.to ?? null)
  setOrDelete(params, 'outcome', view.outcome)
  setOrDelete(params, 'channel', view.channel)
  setOrDelete(params, 'layer', view.layer === DEFAULT_VIEW.layer ? null : view.layer)
  setOrDelete(params, 'services', view.services ? '1' : null)
  setOrDelete(params, 'classes', view.classification === DEFAULT_VIEW.classification ? null : view.classification)
  setOrDelete(params, 'sel', view.selection.length > 0 ? view.selection.join(',') : null)
  setOrDelete(params, 'map', view.position ? formatPosition(view.position) : null)
  return `?${params.toString()}`
}
