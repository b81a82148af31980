/**
 * The HTTP API contract shared by the server and the web client (PRODUCT.md, "Interfaces").
 * The client imports types from here and nothing else from the server side.
 */
import type { Channel, Outcome } from '../domain/request-fields'

export type DatabaseKind = 'pglite' | 'postgis'

/** GET /api/health */
export interface HealthResponse {
  status: 'ok'
  db: DatabaseKind
  version: string
  /** Database round-trip of `SELECT 1`, in milliseconds. */
  db_latency_ms: number
  /** When the last load (import, demo, reference data) finished, ISO 8601; null before any. */
  last_import: string | null
}

/** GET /api/levels → Level[] */
export interface Level {
  id: string
  label_fr: string
  label_en: string
  geometry: 'polygon' | 'point'
  parent_level: string | null
  territory_count: number
  /** Sum of the population of the level's territories. */
  population: number
}

/** GET /api/categories → Category[] */
export interface Category {
  id: string
  parent_id: string | null
  label_fr: string
  label_en: string
}

/** Properties of each feature of GET /api/territories?level= */
export interface TerritoryProperties {
  id: number
  code: string
  name: string
  level: string
  parent_id: number | null
  population: number | null
}

export interface Feature<G, P> {
  type: 'Feature'
  id?: number | string
  geometry: G
  properties: P
}

export interface FeatureCollection<G, P> {
  type: 'FeatureCollection'
  features: Feature<G, P>[]
}

export type Geometry =
  | { type: 'Point'; coordinates: [number, number] }
  | { type: 'Polygon'; coordinates: number[][][] }
  | { type: 'MultiPolygon'; coordinates: number[][][][] }

export type TerritoryCollection = FeatureCollection<Geometry, TerritoryProperties>

/** Where the data behind the numbers comes from, so the interface can say it. GET /api/meta */
export interface DatasetMeta {
  /** True when any stored request or organization is synthetic demo data. */
  synthetic: boolean
  requests: { count: number; first_week: string | null; last_week: string | null }
  organizations: { count: number; synthetic: number; public_installations: number }
  /** Suppression threshold: counts between 1 and k−1 are never published. */
  k: number
  imports: { id: number; kind: string; source: string; finished_at: string; rows_accepted: number; synthetic: boolean }[]
  /** Reference geodata and its vintage, for source lines. */
  sources: { id: string; label: string; licence: string; date: string }[]
  /** BASEMAP_STYLE_URL: a MapLibre style to draw under the data instead of the built-in basemap; null for the built-in one. */
  basemap_style_url: string | null
}

/** One row of GET /api/metrics */
export interface MetricsRow {
  territory_id: number
  name: string
  population: number | null
  /** null when withheld (1 ≤ count < k, or complementary suppression); else rounded to base 5 (docs/PRIVACY.md). */
  demand: number | null
  demand_rate: number | null
  unmet: number | null
  unmet_share: number | null
  supply: number | null
  access: number | null
  gap: number | null
  deprivation: number | null
  suppressed: boolean
}

/** GET /api/metrics?level=&category=&from=&to= */
export interface MetricsResponse {
  level: string
  category: string
  /** Months, YYYY-MM, inclusive. */
  from: string
  to: string
  k: number
  outcome?: Outcome
  channel?: Channel
  rows: MetricsRow[]
}

/** JSON error body of every 4xx/5xx answer. */
export interface ApiError {
  error: { code: string; message: string; details?: unknown }
}

/** One rejected row of an import: where and why, never the personal values themselves. */
export interface ImportReject {
  row: number
  field: string
  reason: string
}

/** The report of an import (CLI `--report`, POST /api/imports). */
export interface ImportReport {
  kind: 'requests' | 'organizations' | 'territories'
  file: string
  format: string
  /** Detected encoding, delimiter, sheet. */
  details: Record<string, string>
  dry_run: boolean
  import_id: number | null
  rows_read: number
  /** Records added by this import (a row naming two categories adds two requests). */
  added: number
  /** Accepted records that were already stored (a re-import). */
  already_present: number
  rejected: number
  /** The first rejects (all of them are in the rejects CSV). */
  rejects: ImportReject[]
  columns: {
    /** File column → canonical field. */
    mapped: Record<string, string>
    /** Columns not used; for requests, dropped before anything is stored (not in the allow-list). */
    dropped: string[]
  }
  /** How precisely accepted records were located. */
  precision: Record<string, number>
  warnings: string[]
  seconds: number
  rows_per_second: number
}

/** How precisely an origin of GET /api/services/near was placed. */
export type OriginPrecision = 'postal_code' | 'fsa' | 'coordinates'

/** One service point of GET /api/services/near, nearest first. */
export interface NearService {
  service_id: string
  service_name: string
  organization_name: string
  /** Top-level category ids of the service. */
  categories: string[]
  address: string | null
  /** The postal code of the service's location (public data of the organization). */
  postal_code: string | null
  city: string | null
  lon: number
  lat: number
  /** Geodesic distance from the origin, in metres. */
  distance_m: number
  /** How the location itself was geocoded ('coordinates', 'postal_code', 'municipality', 'fsa'). */
  geocode_precision: string
  synthetic: boolean
}

/** GET /api/services/near?postal_code=|fsa=|lon=&lat=&category=&limit= */
export interface ServicesNearResponse {
  /** Never the requester's full postal code: its FSA only. */
  origin: { kind: OriginPrecision; precision: OriginPrecision; lon: number; lat: number; fsa: string | null }
  /** Top-level category id, or null for any. */
  category: string | null
  results: NearService[]
}

/** Properties of each point of GET /api/organizations (one feature per location). */
export interface OrganizationProperties {
  /** The organization's id (the feature id is the location's). */
  id: string
  name: string
  alternate_name: string | null
  services: { id: string; name: string; categories: string[] }[]
  address: string | null
  city: string | null
  postal_code: string | null
  website: string | null
  /** How the location was geocoded. */
  precision: string
  synthetic: boolean
  source: string
}

/** GET /api/organizations?bbox=&category=&q=&limit= */
export type OrganizationCollection = FeatureCollection<{ type: 'Point'; coordinates: [number, number] }, OrganizationProperties> & {
  /** True when more locations matched than `limit`. */
  truncated: boolean
}

/** A published count: null when withheld (1 ≤ n < k, or withheld so another cannot be recovered). */
export type PublishedCount = number | null

/** Figures of one territory (or one part of it) for a period: the shape shared by profiles and comparisons. */
export interface ProfileFigures {
  /** Rounded to base 5 (docs/PRIVACY.md); null when withheld. */
  demand: PublishedCount
  demand_rate: number | null
  unmet: PublishedCount
  unmet_share: number | null
  suppressed: boolean
}

/** One need category of a territory's profile. */
export interface ProfileCategory extends ProfileFigures {
  category_id: string
  /** Service locations offering the category in or serving the territory. */
  supply: number
  access: number | null
}

/** GET /api/territories/{id}/profile?from=&to= */
export interface TerritoryProfile {
  territory: { id: number; code: string; name: string; level: string; parent_id: number | null; parent_name: string | null; population: number | null }
  from: string
  to: string
  k: number
  /** Every category together, with access, gap and deprivation as in /api/metrics (category=all). */
  totals: ProfileFigures & { supply: number; access: number | null; gap: number | null; deprivation: number | null }
  /** One line in plain words (fr and en) saying why the gap is what it is. */
  gap_explanation: { fr: string; en: string } | null
  by_category: ProfileCategory[]
  /** Top categories by unmet share among those published. */
  top_unmet: string[]
  /** Categories with no service located in or serving the territory. */
  categories_without_service: string[]
  monthly: { month: string; demand: PublishedCount; unmet: PublishedCount; suppressed: boolean }[]
  /** Breakdowns of the territory's demand: what an outreach team reports. Shares are of published totals. */
  by_child: { territory_id: number; name: string; level: string; demand: PublishedCount; share: number | null; suppressed: boolean }[]
  by_age_group: { age_group: string; demand: PublishedCount; share: number | null; suppressed: boolean }[]
  by_channel: { channel: string; demand: PublishedCount; share: number | null; suppressed: boolean }[]
  /** Share of demand aged 65 and over (null when withheld). */
  share_65_plus: number | null
  /** Service locations serving the territory (nearest-first within the territory, up to 50). */
  services: { service_id: string; service_name: string; organization_name: string; categories: string[]; lon: number; lat: number; synthetic: boolean }[]
  /** Where the figures come from: how precisely requests were located and when data was last loaded. */
  data: { precision: Record<string, number | null>; last_import: string | null; synthetic: boolean }
}

/** GET /api/compare?ids=a,b,c&from=&to= */
export interface CompareResponse {
  from: string
  to: string
  k: number
  profiles: TerritoryProfile[]
}

/** One pick of GET /api/suggest-sites, in the order chosen. */
export interface SuggestedSite {
  rank: number
  lon: number
  lat: number
  /** 'h3' (res-7 cell centre) or 'municipality' (centroid). */
  candidate: 'h3' | 'municipality'
  /** H3 index or municipality code. */
  candidate_id: string
  /** Name of the territory of the requested level that holds the pick. */
  territory_name: string | null
  /** Unmet demand newly covered by this pick (not already covered by earlier picks), published as a count. */
  covered_unmet: PublishedCount
  /** Cumulative unmet demand covered by the picks so far. */
  cumulative_unmet: PublishedCount
}

/** GET /api/suggest-sites?level=&category=&count=&from=&to=&candidates= */
export interface SuggestSitesResponse {
  level: string
  category: string
  from: string
  to: string
  k: number
  /** Catchment radius of rural demand places (the largest used), metres: a pick covers a rural place this close. */
  catchment_m: number
  /** Catchment radius of urban demand places (in a neighbourhood or a municipality of 10,000+), metres. */
  catchment_urban_m: number
  /** All unmet demand of the period and category, published as a count. */
  total_unmet: PublishedCount
  sites: SuggestedSite[]
}

/** GET /api/demand/hex?res=&category=&from=&to= */
export interface DemandHexResponse {
  res: number
  category: string
  from: string
  to: string
  k: number
  cells: { h3: string; demand: PublishedCount; unmet: PublishedCount; suppressed: boolean }[]
}

/** One hit of GET /api/search?q= */
export interface SearchHit {
  kind: 'territory' | 'municipality' | 'postal_code' | 'fsa'
  /** Territory id for territories and municipalities; null for postal codes. */
  territory_id: number | null
  level: string | null
  label: string
  lon: number
  lat: number
  /** [minLon, minLat, maxLon, maxLat] when it has an extent. */
  bbox: [number, number, number, number] | null
}

/** GET /api/search?q=&limit= */
export interface SearchResponse {
  hits: SearchHit[]
}

/** GET /api/demand/monthly?category=&outcome=&channel=: requests per month for all of Quebec (and Ottawa), for the period histogram. */
export interface MonthlyDemandResponse {
  category: string
  k: number
  outcome?: Outcome
  channel?: Channel
  /** Every month from the first to the last holding requests; counts protected as in /api/metrics. */
  months: { month: string; demand: number | null; unmet: number | null; suppressed: boolean }[]
}
