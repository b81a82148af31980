import type {
  ApiError,
  Category,
  DatasetMeta,
  HealthResponse,
  Level,
  MetricsResponse,
  TerritoryCollection,
} from '../../../core/api/types'

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
  const response = await fetch(path, { signal, headers: { accept: 'application/json' } })
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

export function fetchTerritories(level: string, signal?: AbortSignal): Promise<TerritoryCollection> {
  return getJson(`/api/territories?${new URLSearchParams({ level })}`, signal)
}

export interface MetricsQuery {
  level: string
  category: string
  from: string
  to: string
}

export function metricsUrl(query: MetricsQuery): string {
  const { level, category, from, to } = query
  return `/api/metrics?${new URLSearchParams({ level, category, from, to })}`
}

export function fetchMetrics(query: MetricsQuery, signal?: AbortSignal): Promise<MetricsResponse> {
  return getJson(metricsUrl(query), signal)
}
