import type { MetricsRow } from '../../../core/api/types'
import type { ScaleKind } from '../legend/colour-scale'
import { formatRate, formatShare, formatSignedRate } from '../i18n/format'
import type { Language } from '../i18n/language'
import type { TerritoryMetric } from '../state/view-state'

/** What one territory layer shows: which figure of a metrics row, on which scale, written how. */
export interface MetricLayer {
  id: TerritoryMetric
  value: (row: MetricsRow) => number | null
  scale: ScaleKind
  /** A value as the legend and tooltip write it; `digits` is the legend's precision when classes are narrow. */
  format: (language: Language, value: number, digits?: number) => string
  /** The precision shown by default. */
  digits: number
  /**
   * True when the figure is withheld with the demand count of a suppressed row. Access comes from
   * supply and population only, which are public, so it stays shown where demand is suppressed.
   */
  suppressible: boolean
}

// Access is capacity per inhabitant: per 10,000 inhabitants it reads as places within reach.
const ACCESS_PER = 10_000

export const METRIC_LAYERS: Record<TerritoryMetric, MetricLayer> = {
  gap: {
    id: 'gap',
    value: (row) => row.gap,
    scale: { type: 'diverging' },
    format: (language, value, digits = 2) => formatSignedRate(language, value, digits),
    digits: 2,
    suppressible: true,
  },
  demand_rate: {
    id: 'demand_rate',
    value: (row) => row.demand_rate,
    scale: { type: 'sequential', scheme: 'ylOrRd' },
    format: (language, value, digits = 1) => formatRate(language, value, digits),
    digits: 1,
    suppressible: true,
  },
  unmet_share: {
    id: 'unmet_share',
    value: (row) => row.unmet_share,
    scale: { type: 'sequential', scheme: 'rdPu' },
    // Shares are classified as fractions and written as percentages with the legend's precision less two.
    format: (language, value, digits = 2) => formatShare(language, value, Math.max(0, digits - 2)),
    digits: 2,
    suppressible: true,
  },
  access: {
    id: 'access',
    value: (row) => (typeof row.access === 'number' ? row.access * ACCESS_PER : null),
    scale: { type: 'sequential', scheme: 'ylGnBu' },
    format: (language, value, digits = 2) => formatRate(language, value, digits),
    digits: 2,
    suppressible: false,
  },
}
