import type { MetricsRow } from '../../../core/api/types'

/** Metrics rows by territory id: features join on `properties.id = row.territory_id`. */
export type MetricsById = ReadonlyMap<number, MetricsRow>

export function indexMetrics(rows: readonly MetricsRow[]): MetricsById {
  return new Map(rows.map((row) => [row.territory_id, row]))
}

/**
 * How a territory is drawn: a classified value, suppressed (a small count hidden for privacy),
 * or no data (no row, or a row with nothing published and not flagged as suppressed).
 */
export type TerritoryStatus = 'value' | 'suppressed' | 'no_data'

export function territoryStatus(row: MetricsRow | undefined): TerritoryStatus {
  if (!row) return 'no_data'
  if (row.suppressed) return 'suppressed'
  return typeof row.demand_rate === 'number' ? 'value' : 'no_data'
}
