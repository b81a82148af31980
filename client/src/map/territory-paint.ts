import type { TerritoryCollection } from '../../../core/api/types'
import type { ColourScale } from '../legend/colour-scale'
import { fillColor, type Rgba } from './fill-color'
import { territoryStatus, type MetricsById } from './join-metrics'
import type { MetricLayer } from './metric-layers'

/** How one territory is painted by the basemap's territory layers (its MapLibre feature state). */
export interface TerritoryPaint {
  /** A CSS colour, with the alpha of the see-through suppressed grey. */
  fill: string
  /** Hatched underneath: its figures are withheld. */
  suppressed: boolean
}

export type TerritoryPaints = ReadonlyMap<number, TerritoryPaint>

export function cssColour([r, g, b, a]: Rgba): string {
  return `rgba(${r}, ${g}, ${b}, ${+(a / 255).toFixed(3)})`
}

/** The paint of every territory of a level for one metric layer and colour scale. */
export function territoryPaints(territories: TerritoryCollection, metrics: MetricsById, layer: MetricLayer, scale: ColourScale): TerritoryPaints {
  const paints = new Map<number, TerritoryPaint>()
  for (const feature of territories.features) {
    const row = metrics.get(feature.properties.id)
    paints.set(feature.properties.id, { fill: cssColour(fillColor(row, scale, layer)), suppressed: territoryStatus(row, layer) === 'suppressed' })
  }
  return paints
}
