import type { Category, DatasetMeta, MetricsResponse, TerritoryCollection } from '../../../core/api/types'
import { fetchCategories, fetchMeta, fetchMetrics, metricsUrl } from '../api/client'
import { loadTerritories } from '../api/territory-cache'
import { defaultPeriod, type Period } from '../period/default-period'
import { useAsync, type AsyncResult } from './use-async'

export interface Dataset {
  meta: AsyncResult<DatasetMeta>
  categories: AsyncResult<Category[]>
  regions: AsyncResult<TerritoryCollection>
  territories: AsyncResult<TerritoryCollection>
  /** The period in effect: the explicit one, or the last 12 months with data once meta is known. */
  period: Period | null
  metrics: AsyncResult<MetricsResponse>
}

/** Everything the page loads from the API for a view, each piece fetched only when what it depends on changes. */
export function useDataset(level: string, category: string, explicitPeriod: Period | null): Dataset {
  const meta = useAsync('meta', fetchMeta)
  const categories = useAsync('categories', fetchCategories)
  // The basemap land is always the regions, whatever level is coloured.
  const regions = useAsync('territories:region', () => loadTerritories('region'))
  const territories = useAsync(`territories:${level}`, () => loadTerritories(level))

  // Without meta (server too old, or failing) the map still shows the 12 months to date.
  const lastWeek = meta.data ? meta.data.requests.last_week : null
  const period = explicitPeriod ?? (meta.status === 'loading' ? null : defaultPeriod(lastWeek))
  const query = period ? { level, category, from: period.from, to: period.to } : null
  const metrics = useAsync(query ? metricsUrl(query) : null, (signal) =>
    query ? fetchMetrics(query, signal) : Promise.reject(new Error('No period yet')),
  )
  return { meta, categories, regions, territories, period, metrics }
}
