import type { Category, DatasetMeta, Level, MetricsResponse, TerritoryCollection } from '../../../core/api/types'
import type { Channel, Outcome } from '../../../core/domain/request-fields'
import { fetchCategories, fetchedAtOnce, fetchLevels, fetchMeta, fetchMetrics, metricsUrl, type MetricsQuery } from '../api/client'
import { loadTerritories, territoriesAtOnce } from '../api/territory-cache'
import { defaultPeriod, type Period } from '../period/default-period'
import { useAsync, type AsyncResult } from './use-async'

export interface Dataset {
  meta: AsyncResult<DatasetMeta>
  categories: AsyncResult<Category[]>
  levels: AsyncResult<Level[]>
  regions: AsyncResult<TerritoryCollection>
  territories: AsyncResult<TerritoryCollection>
  /** The period in effect: the explicit one, or the last 12 months with data once meta is known. */
  period: Period | null
  metrics: AsyncResult<MetricsResponse>
}

export interface DatasetFilters {
  level: string
  category: string
  period: Period | null
  outcome: Outcome | null
  channel: Channel | null
}

/**
 * Everything the page loads from the API for a view, each piece fetched only when what it depends on
 * changes: a filter change asks for metrics only, geometry is cached per level (territory-cache.ts).
 * What the first view's prefetch (first-view.ts) has already brought is there from the first render on,
 * so the map can be created by it instead of after a render per answer.
 */
export function useDataset({ level, category, period: explicitPeriod, outcome, channel }: DatasetFilters): Dataset {
  const meta = useAsync('meta', fetchMeta, () => fetchedAtOnce<DatasetMeta>('/api/meta'))
  const categories = useAsync('categories', fetchCategories, () => fetchedAtOnce<Category[]>('/api/categories'))
  const levels = useAsync('levels', fetchLevels, () => fetchedAtOnce<Level[]>('/api/levels'))
  // The basemap land is always the regions, whatever level is coloured.
  const regions = useAsync('territories:region', () => loadTerritories('region'), () => territoriesAtOnce('region'))
  const territories = useAsync(`territories:${level}`, () => loadTerritories(level), () => territoriesAtOnce(level))

  // Without meta (server too old, or failing) the map still shows the 12 months to date.
  const lastWeek = meta.data ? meta.data.requests.last_week : null
  const period = explicitPeriod ?? (meta.status === 'loading' ? null : defaultPeriod(lastWeek))
  const query: MetricsQuery | null = period ? { level, category, from: period.from, to: period.to, outcome, channel } : null
  const metrics = useAsync(
    query ? metricsUrl(query) : null,
    (signal) => (query ? fetchMetrics(query, signal) : Promise.reject(new Error('No period yet'))),
    () => (query ? fetchedAtOnce<MetricsResponse>(metricsUrl(query)) : undefined),
  )
  return { meta, categories, levels, regions, territories, period, metrics }
}
