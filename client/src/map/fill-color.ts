import type { MetricsRow } from '../../../core/api/types'
import { classIndex } from '../legend/classify'
import type { ColourScale } from '../legend/colour-scale'
import { hexToRgb, NO_DATA, SUPPRESSED_BASE } from '../legend/palette'
import { territoryStatus } from './join-metrics'
import { METRIC_LAYERS, type MetricLayer } from './metric-layers'

export type Rgba = [number, number, number, number]

// Suppressed fills are see-through: the hatch pattern drawn by the basemap under deck.gl shows
// through, while the polygon stays opaque enough to hover.
export const SUPPRESSED_ALPHA = 90

/** The fill of one territory on a layer, from its metrics row and the layer's colour scale. */
export function fillColor(row: MetricsRow | undefined, scale: ColourScale, layer: MetricLayer = METRIC_LAYERS.demand_rate): Rgba {
  switch (territoryStatus(row, layer)) {
    case 'suppressed':
      return [...hexToRgb(SUPPRESSED_BASE), SUPPRESSED_ALPHA]
    case 'no_data':
      return [...hexToRgb(NO_DATA), 255]
    case 'value': {
      const colour = scale.ramp[classIndex(scale, row ? layer.value(row) : null)]
      return colour ? [...hexToRgb(colour), 255] : [...hexToRgb(NO_DATA), 255]
    }
  }
}
