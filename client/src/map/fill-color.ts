import type { MetricsRow } from '../../../core/api/types'
import { classIndex, type Classification } from '../legend/classify'
import { hexToRgb, NO_DATA, SUPPRESSED_BASE } from '../legend/palette'
import { territoryStatus } from './join-metrics'

export type Rgba = [number, number, number, number]

// Suppressed fills are see-through: the hatch pattern drawn by the basemap under deck.gl shows
// through, while the polygon stays opaque enough to hover.
const SUPPRESSED_ALPHA = 90

/** The fill of one territory, from its metrics row, the classes and the ramp (hex colours, low to high). */
export function fillColor(row: MetricsRow | undefined, classification: Classification, ramp: readonly string[]): Rgba {
  switch (territoryStatus(row)) {
    case 'suppressed':
      return [...hexToRgb(SUPPRESSED_BASE), SUPPRESSED_ALPHA]
    case 'no_data':
      return [...hexToRgb(NO_DATA), 255]
    case 'value': {
      const colour = ramp[classIndex(classification, row?.demand_rate)]
      return colour ? [...hexToRgb(colour), 255] : [...hexToRgb(NO_DATA), 255]
    }
  }
}
