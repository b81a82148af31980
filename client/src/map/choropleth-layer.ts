import type { PickingInfo } from '@deck.gl/core'
import { GeoJsonLayer } from '@deck.gl/layers'
import type { TerritoryCollection, TerritoryProperties } from '../../../core/api/types'
import type { Classification } from '../legend/classify'
import { fillColor } from './fill-color'
import type { MetricsById } from './join-metrics'

export const CHOROPLETH_LAYER_ID = 'choropleth'

export interface ChoroplethInput {
  territories: TerritoryCollection
  metrics: MetricsById
  classification: Classification
  ramp: readonly string[]
  /**
   * Identifies the metrics (level, category, period): deck.gl recomputes colours when it changes
   * and keeps the tessellated geometry, which only changes with `territories`.
   */
  metricsKey: string
  onHover: (info: PickingInfo) => void
}

type TerritoryFeature = TerritoryCollection['features'][number]

/** The territories of a level coloured by their demand rate, with hover picking for the tooltip. */
export function choroplethLayer(input: ChoroplethInput): GeoJsonLayer<TerritoryProperties> {
  const { territories, metrics, classification, ramp, metricsKey, onHover } = input
  return new GeoJsonLayer<TerritoryProperties>({
    id: CHOROPLETH_LAYER_ID,
    // The same array object across metric changes, so deck.gl never re-reads the geometry.
    data: territories.features,
    filled: true,
    stroked: true,
    getFillColor: (feature) => fillColor(metrics.get((feature as TerritoryFeature).properties.id), classification, ramp),
    getLineColor: [255, 255, 255, 230],
    lineWidthUnits: 'pixels',
    getLineWidth: 0.8,
    lineWidthMinPixels: 0.5,
    pickable: true,
    autoHighlight: true,
    // Lightens the hovered territory rather than darkening it, so its class colour stays recognisable.
    highlightColor: [255, 255, 255, 110],
    onHover,
    updateTriggers: { getFillColor: metricsKey },
    transitions: { getFillColor: 250 },
  })
}

/** Region boundaries drawn over the choropleth, so the larger units stay readable through the colours. */
export function regionOutlineLayer(regions: TerritoryCollection): GeoJsonLayer<TerritoryProperties> {
  return new GeoJsonLayer<TerritoryProperties>({
    id: 'region-outlines',
    data: regions.features,
    filled: false,
    stroked: true,
    getLineColor: [45, 52, 64, 200],
    lineWidthUnits: 'pixels',
    getLineWidth: 1.4,
    pickable: false,
  })
}
