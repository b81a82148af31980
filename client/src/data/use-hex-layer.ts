import type { Layer } from '@deck.gl/core'
import { useMemo } from 'react'
import { fetchDemandHex, hexUrl, isNotFound, type HexQuery } from '../api/client'
import { colourScale, type ColourScale } from '../legend/colour-scale'
import type { ClassificationMethod } from '../state/view-state'
import { useAsync } from './use-async'

/** H3 resolution for a zoom: cells a few pixels wide at the province scale, finer as the map zooms in (never finer than 8). */
export function hexResolution(zoom: number): number {
  if (zoom < 7.5) return 6
  if (zoom < 10) return 7
  return 8
}

export interface HexLayerState {
  status: 'off' | 'loading' | 'ready' | 'unavailable' | 'error'
  layers: Layer[]
  /** Suppressed cells as GeoJSON, for the basemap hatch. */
  suppressed: GeoJSON.FeatureCollection | null
  scale: ColourScale | null
  k: number | null
  res: number | null
  /** What the drawn colours depend on. */
  key: string | null
}

/** The demand hexagons of a query, with h3-js and the layer code loaded only when this layer is turned on. */
export function useHexLayer(query: HexQuery | null, method: ClassificationMethod): HexLayerState {
  const loaded = useAsync(query ? hexUrl(query) : null, async (signal) => {
    const [module, response] = await Promise.all([import('../map/layers/hex-layer'), fetchDemandHex(query as HexQuery, signal)])
    return { module, response, shapes: module.hexShapes(response.cells) }
  })
  const data = loaded.data
  return useMemo((): HexLayerState => {
    if (!query) return { status: 'off', layers: [], suppressed: null, scale: null, k: null, res: null, key: null }
    if (loaded.status === 'error') {
      const status = isNotFound(loaded.error) ? 'unavailable' : 'error'
      return { status, layers: [], suppressed: null, scale: null, k: null, res: null, key: null }
    }
    if (!data) return { status: 'loading', layers: [], suppressed: null, scale: null, k: null, res: null, key: null }
    const values = data.response.cells.filter((cell) => !cell.suppressed).map((cell) => cell.demand)
    const scale = colourScale(values, method, { type: 'sequential', scheme: 'viridis' })
    const key = `${hexUrl(query)}|${method}`
    return {
      status: 'ready',
      layers: [data.module.hexLayer(data.shapes, scale, key)],
      suppressed: data.module.suppressedHexGeoJson(data.shapes),
      scale,
      k: data.response.k,
      res: data.response.res,
      key,
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, loaded.status, method, query && hexUrl(query)])
}
