import type { MetricsRow } from '../../../core/api/types'

/** A metrics row with every figure published, to override per test. */
export function row(overrides: Partial<MetricsRow> & { territory_id: number }): MetricsRow {
  return {
    name: `Territory ${overrides.territory_id}`,
    population: 10000,
    demand: 120,
    demand_rate: 12,
    unmet: 30,
    unmet_share: 0.25,
    supply: 4,
    access: null,
    gap: null,
    deprivation: null,
    suppressed: false,
    ...overrides,
  }
}

export function suppressedRow(territory_id: number): MetricsRow {
  return row({ territory_id, demand: null, demand_rate: null, unmet: null, unmet_share: null, suppressed: true })
}
