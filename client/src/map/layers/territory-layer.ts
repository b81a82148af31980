import { GeoJsonLayer } from '@deck.gl/layers'
import type { TerritoryCollection, TerritoryProperties } from '../../../../core/api/types'
import type { ColourScale } from '../../legend/colour-scale'
import { fillColor } from '../fill-color'
import type { MetricsById } from '../join-metrics'
import type { MetricLayer } from '../metric-layers'

export const TERRITORY_LAYER_ID = 'territories'

export interface TerritoryLayerInput {
  territories: TerritoryCollection
  metrics: MetricsById
  layer: MetricLayer
  scale: ColourScale
  /**
   * Identifies what the colours depend on (level, category, period, filters, layer, classes):
   * deck.gl recomputes colours when it changes and keeps the tessellated geometry, which only
   * changes with `territories`.
   */
  colourKey: string
}

type TerritoryFeature = TerritoryCollection['features'][number]

/** Radius of a point territory (municipalities have no open polygons), growing gently with population. */
export function pointRadius(population: number | null): number {
  return Math.min(14, 3 + Math.sqrt(Math.max(0, population ?? 0)) / 40)
}

/** The territories of a level coloured by one metric; polygons as a choropleth, point levels as dots. */
export function territoryLayer(input: TerritoryLayerInput): GeoJsonLayer<TerritoryProperties> {
  const { territories, metrics, layer, scale, colourKey } = input
  return new GeoJsonLayer<TerritoryProperties>({
    id: TERRITORY_LAYER_ID,
    // The same array object across metric changes, so deck.gl never re-reads the geometry.
    data: territories.features,
    filled: true,
    stroked: true,
    getFillColor: (feature) => fillColor(metrics.get((feature as TerritoryFeature).properties.id), scale, layer),
    getLineColor: [255, 255, 255, 230],
    lineWidthUnits: 'pixels',
    getLineWidth: 0.8,
    lineWidthMinPixels: 0.5,
    pointType: 'circle',
    pointRadiusUnits: 'pixels',
    getPointRadius: (feature) => pointRadius((feature as TerritoryFeature).properties.population),
    // Hover and click are handled once for all layers by the overlay (MapView).
    pickable: true,
    updateTriggers: { getFillColor: colourKey },
    // No colour transition: it costs a GPU pass per frame for a quarter second, and the benchmark's repaint target is 150 ms.
  })
}
