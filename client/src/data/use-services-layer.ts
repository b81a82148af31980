import type { Layer } from '@deck.gl/core'
import { useMemo } from 'react'
import { fetchOrganizations, organizationsUrl, type OrganizationsQuery } from '../api/client'
import { useAsync } from './use-async'

/** What the map shows: [west, south, east, north] and zoom. */
export interface Viewport {
  bounds: [number, number, number, number]
  zoom: number
}

// The API's largest page. The whole province fits in it for one category; "all" needs the viewport.
const LIMIT = 5000
// From this zoom a truncated province-wide answer is replaced by the locations of the viewport.
const LOCAL_ZOOM = 8

/** The viewport bounds snapped outward to a half-degree grid, so small pans reuse one request. */
export function snapBounds([w, s, e, n]: [number, number, number, number]): [number, number, number, number] {
  const down = (v: number) => Math.floor(v * 2) / 2
  const up = (v: number) => Math.ceil(v * 2) / 2
  return [down(w), down(s), up(e), up(n)]
}

export interface ServicesLayerState {
  status: 'off' | 'loading' | 'ready' | 'error'
  layers: Layer[]
  /** Locations drawn, and whether more matched than could be drawn. */
  count: number
  truncated: boolean
}

/** Service points of a category, clustered; supercluster and the layer code load only when the layer is on. */
export function useServicesLayer(enabled: boolean, category: string, viewport: Viewport | null): ServicesLayerState {
  const load = (query: OrganizationsQuery) => async (signal: AbortSignal) => {
    const [module, collection] = await Promise.all([import('../map/layers/services-layer'), fetchOrganizations(query, signal)])
    return { module, collection, index: module.serviceIndex(collection) }
  }
  const provinceQuery: OrganizationsQuery = { category, limit: LIMIT }
  const province = useAsync(enabled ? organizationsUrl(provinceQuery) : null, load(provinceQuery))
  const needLocal = enabled && province.data?.collection.truncated === true && viewport !== null && viewport.zoom >= LOCAL_ZOOM
  const localQuery: OrganizationsQuery | null = needLocal && viewport ? { category, limit: LIMIT, bbox: snapBounds(viewport.bounds) } : null
  const local = useAsync(localQuery ? organizationsUrl(localQuery) : null, load(localQuery ?? provinceQuery))

  const source = needLocal && local.data ? local.data : province.data
  return useMemo((): ServicesLayerState => {
    if (!enabled) return { status: 'off', layers: [], count: 0, truncated: false }
    if (!source) return { status: province.status === 'error' ? 'error' : 'loading', layers: [], count: 0, truncated: false }
    const bounds = viewport?.bounds ?? [-80, 44, -57, 63]
    const items = source.module.visibleServices(source.index, bounds, viewport?.zoom ?? 5)
    return {
      status: 'ready',
      layers: source.module.servicesLayers(items),
      count: source.collection.features.length,
      truncated: source.collection.truncated,
    }
  }, [enabled, source, province.status, viewport])
}
