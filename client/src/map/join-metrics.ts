import type { MetricsRow } from '../../../core/api/types'
import { METRIC_LAYERS, type MetricLayer } from './metric-layers'

/** Metrics rows by territory id: features join on `properties.id = row.territory_id`. */
export type MetricsById = ReadonlyMap<number, MetricsRow>

export function indexMetrics(rows: readonly MetricsRow[]): MetricsById {
  return new Map(rows.map((row) => [row.territory_id, row]))
}

/**
 * How a territory is drawn on a layer: a classified value, suppressed (a small count hidden for
 * privacy, with every figure computed from it), or no data (no row, or nothing published for it).
 */
export type TerritoryStatus = 'value' | 'suppressed' | 'no_data'

export function territoryStatus(row: MetricsRow | undefined, layer: MetricLayer = METRIC_LAYERS.demand_rate): TerritoryStatus {
  if (!row) return 'no_data'
  const value = layer.value(row)
  if (typeof value === 'number') return 'value'
  return row.suppressed && layer.suppressible ? 'suppressed' : 'no_data'
}
