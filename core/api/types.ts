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
}

/** One row of GET /api/metrics */
export interface MetricsRow {
  territory_id: number
  name: string
  population: number | null
  /** null when suppressed (1 ≤ count < k) or unknown. */
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
