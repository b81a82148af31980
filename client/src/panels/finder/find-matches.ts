import type { MetricsRow } from '../../../../core/api/types'

/** Shares of territories kept by each condition, in (0, 1]: 0.25 = the top (or bottom) quarter. */
export interface FinderThresholds {
  /** Highest demand rates. */
  rate: number
  /** Lowest access. */
  access: number
  /** Highest deprivation. */
  deprivation: number
}

export const DEFAULT_THRESHOLDS: FinderThresholds = { rate: 0.25, access: 0.25, deprivation: 0.25 }

export interface FinderResult {
  /** Rows meeting the three conditions, highest demand rate first. */
  matches: MetricsRow[]
  /** The values at the edge of each condition, as compared (null when no territory has the value). */
  cutoffs: { rate: number | null; access: number | null; deprivation: number | null }
  /** Rows that cannot be judged: a demand rate withheld, or an access or deprivation value missing. */
  excluded: number
}

/**
 * The value at the edge of the top (`side` = 'high') or bottom share of the values: the
 * ceil(share · n)-th value from that end, so at least one territory passes and ties at the edge all pass.
 */
export function edgeValue(values: readonly number[], share: number, side: 'high' | 'low'): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => (side === 'high' ? b - a : a - b))
  const count = Math.min(sorted.length, Math.max(1, Math.ceil(share * sorted.length)))
  return sorted[count - 1] ?? null
}

/**
 * Territories where demand is high AND access is low AND deprivation is high, each judged by its rank
 * among the territories of the level that have all three values (a withheld rate cannot be ranked).
 */
export function findMatches(rows: readonly MetricsRow[], thresholds: FinderThresholds): FinderResult {
  const judged = rows.filter((row) => row.demand_rate !== null && row.access !== null && row.deprivation !== null)
  const rate = edgeValue(judged.map((r) => r.demand_rate as number), thresholds.rate, 'high')
  const access = edgeValue(judged.map((r) => r.access as number), thresholds.access, 'low')
  const deprivation = edgeValue(judged.map((r) => r.deprivation as number), thresholds.deprivation, 'high')
  const matches =
    rate === null || access === null || deprivation === null
      ? []
      : judged
          .filter((r) => (r.demand_rate as number) >= rate && (r.access as number) <= access && (r.deprivation as number) >= deprivation)
          .sort((a, b) => (b.demand_rate as number) - (a.demand_rate as number))
  return { matches, cutoffs: { rate, access, deprivation }, excluded: rows.length - judged.length }
}
