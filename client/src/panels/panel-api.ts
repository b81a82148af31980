import type { CompareResponse, TerritoryProfile } from '../../../core/api/types'
import { ApiRequestError, type MetricsQuery } from '../api/client'

/** GET a same-origin JSON endpoint; a non-2xx answer becomes an ApiRequestError (404 = endpoint absent). */
async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal, headers: { accept: 'application/json' } })
  if (!response.ok) {
    let message = `HTTP ${response.status}`
    let code: string | null = null
    try {
      const body = (await response.json()) as { error?: { message?: string; code?: string } }
      if (body.error?.message) message = body.error.message
      code = body.error?.code ?? null
    } catch {
      // No JSON error body (a proxy page): the status says enough.
    }
    throw new ApiRequestError(message, response.status, code)
  }
  return (await response.json()) as T
}

export interface PeriodQuery {
  from: string
  to: string
}

/** /api/territories/{id}/profile?from=&to= */
export function profileUrl(id: number, period: PeriodQuery): string {
  return `/api/territories/${id}/profile?${new URLSearchParams({ from: period.from, to: period.to })}`
}

export function fetchProfile(id: number, period: PeriodQuery, signal?: AbortSignal): Promise<TerritoryProfile> {
  return getJson(profileUrl(id, period), signal)
}

/** /api/compare?ids=a,b,c&from=&to= */
export function compareUrl(ids: readonly number[], period: PeriodQuery): string {
  return `/api/compare?${new URLSearchParams({ ids: ids.join(','), from: period.from, to: period.to })}`
}

export function fetchCompare(ids: readonly number[], period: PeriodQuery, signal?: AbortSignal): Promise<CompareResponse> {
  return getJson(compareUrl(ids, period), signal)
}

/** The export of the table on screen: the same parameters as its /api/metrics request, so the file matches the map. */
export function exportUrl(format: 'csv' | 'geojson', query: MetricsQuery): string {
  const params = new URLSearchParams({ level: query.level, category: query.category, from: query.from, to: query.to })
  if (query.outcome) params.set('outcome', query.outcome)
  if (query.channel) params.set('channel', query.channel)
  return `/api/export/metrics.${format}?${params}`
}
