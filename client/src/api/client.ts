import type {
  MonthlyDemandResponse,
  ApiError,
  Category,
  DatasetMeta,
  DemandHexResponse,
  HealthResponse,
  Level,
  MetricsResponse,
  OrganizationCollection,
  SearchResponse,
  ServicesNearResponse,
  TerritoryCollection,
} from '../../../core/api/types'
import type { Channel, Outcome } from '../../../core/domain/request-fields'
import { takePrefetched, takePrefetchedBody } from './prefetch'

/** A failed API call, carrying the server's error code when it sent the JSON error body. */
export class ApiRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | null,
  ) {
    super(message)
    this.name = 'ApiRequestError'
  }
}

function isApiError(body: unknown): body is ApiError {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false
  const error = (body as { error: unknown }).error
  return typeof error === 'object' && error !== null && 'message' in error
}

/** GET a same-origin JSON endpoint; relative paths keep every request on the page's own host. */
async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await (takePrefetched(path) ?? fetch(path, { signal, headers: { accept: 'application/json' } }))
  if (!response.ok) {
    let body: unknown = null
    try {
      body = await response.json()
    } catch {
      // A proxy or crash page: no JSON error body to read.
    }
    if (isApiError(body)) throw new ApiRequestError(body.error.message, response.status, body.error.code)
    throw new ApiRequestError(`HTTP ${response.status} on ${path}`, response.status, null)
  }
  return (await response.json()) as T
}

/**
 * The answer of a same-origin JSON endpoint if it is already here (prefetched and read), without waiting; undefined
 * when it must still be fetched. Only successful answers are kept, so the result is the endpoint's body type.
 */
export function fetchedAtOnce<T>(path: string): T | undefined {
  return takePrefetchedBody(path) as T | undefined
}

export function fetchHealth(signal?: AbortSignal): Promise<HealthResponse> {
  return getJson('/api/health', signal)
}

export function fetchMeta(signal?: AbortSignal): Promise<DatasetMeta> {
  return getJson('/api/meta', signal)
}

export function fetchLevels(signal?: AbortSignal): Promise<Level[]> {
  return getJson('/api/levels', signal)
}

export function fetchCategories(signal?: AbortSignal): Promise<Category[]> {
  return getJson('/api/categories', signal)
}

/** Requests per month for all of the data: the period histogram. */
export function fetchMonthlyDemand(signal?: AbortSignal): Promise<MonthlyDemandResponse> {
  return getJson('/api/demand/monthly', signal)
}

export function territoriesUrl(level: string): string {
  return `/api/territories?${new URLSearchParams({ level })}`
}

export function fetchTerritories(level: string, signal?: AbortSignal): Promise<TerritoryCollection> {
  return getJson(territoriesUrl(level), signal)
}

/** True for an endpoint this server does not have (yet): the interface says so instead of failing. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 404
}

export interface MetricsQuery {
  level: string
  category: string
  from: string
  to: string
  outcome?: Outcome | null
  channel?: Channel | null
}

/** The metrics URL; absent filters stay out of it, so equal views share one cached answer. */
export function metricsUrl(query: MetricsQuery): string {
  const { level, category, from, to, outcome, channel } = query
  const params = new URLSearchParams({ level, category, from, to })
  if (outcome) params.set('outcome', outcome)
  if (channel) params.set('channel', channel)
  return `/api/metrics?${params}`
}

export function fetchMetrics(query: MetricsQuery, signal?: AbortSignal): Promise<MetricsResponse> {
  return getJson(metricsUrl(query), signal)
}

export interface HexQuery {
  res: number
  category: string
  from: string
  to: string
}

export function hexUrl(query: HexQuery): string {
  const { res, category, from, to } = query
  return `/api/demand/hex?${new URLSearchParams({ res: String(res), category, from, to })}`
}

export function fetchDemandHex(query: HexQuery, signal?: AbortSignal): Promise<DemandHexResponse> {
  return getJson(hexUrl(query), signal)
}

export interface OrganizationsQuery {
  /** A top-level category id; absent or "all" for every service. */
  category?: string
  /** [west, south, east, north] */
  bbox?: readonly [number, number, number, number]
  limit: number
}

export function organizationsUrl(query: OrganizationsQuery): string {
  const params = new URLSearchParams({ limit: String(query.limit) })
  if (query.category && query.category !== 'all') params.set('category', query.category)
  if (query.bbox) params.set('bbox', query.bbox.map((v) => v.toFixed(3)).join(','))
  return `/api/organizations?${params}`
}

export function fetchOrganizations(query: OrganizationsQuery, signal?: AbortSignal): Promise<OrganizationCollection> {
  return getJson(organizationsUrl(query), signal)
}

export function fetchSearch(q: string, limit: number, signal?: AbortSignal): Promise<SearchResponse> {
  return getJson(`/api/search?${new URLSearchParams({ q, limit: String(limit) })}`, signal)
}

/** Where to look from: a postal code (full or FSA, as typed) or a point. */
export type NearOrigin = { postalCode: string } | { lon: number; lat: number }

export function servicesNearUrl(origin: NearOrigin, category: string, limit: number): string {
  const params = new URLSearchParams()
  if ('postalCode' in origin) {
    const code = origin.postalCode.replace(/\s+/g, '').toUpperCase()
    params.set(code.length === 3 ? 'fsa' : 'postal_code', code)
  } else {
    params.set('lon', origin.lon.toFixed(5))
    params.set('lat', origin.lat.toFixed(5))
  }
  if (category !== 'all') params.set('category', category.split('.')[0] ?? category)
  params.set('limit', String(limit))
  return `/api/services/near?${params}`
}

export function fetchServicesNear(origin: NearOrigin, category: string, limit: number, signal?: AbortSignal): Promise<ServicesNearResponse> {
  return getJson(servicesNearUrl(origin, category, limit), signal)
}
