/**
 * The gap score (PRODUCT.md, "gap"): how much more need than access a territory has compared with the
 * other territories of its level, for the same category and period.
 *
 *   gap = z(demand per 1,000) − z(access)
 *
 * where z(x) = (x − mean) / standard deviation over the territories of the level that have both values
 * (population-weighted, so a few tiny territories do not set the scale). Positive: more demand and less
 * access than the typical territory; 0: typical; negative: less need than access. In one sentence:
 * "requests per 1,000 inhabitants are X standard deviations above the level's average, and access
 * Y below it". Both components are published beside it.
 */
export interface GapInput {
  rate: number | null
  access: number | null
  population: number | null
}

/** The two components of a gap score, each a population-weighted z-score against the level. */
export interface GapComponents {
  zRate: number
  zAccess: number
  gap: number
}

/** Gap scores with their components, in input order; null where a component is missing (suppressed, unknown). */
export function gapComponents(rows: readonly GapInput[]): (GapComponents | null)[] {
  const usable = rows.filter((r) => r.rate !== null && r.access !== null && (r.population ?? 0) > 0)
  if (usable.length < 2) return rows.map(() => null)
  const stats = (pick: (r: GapInput) => number) => {
    let weight = 0
    let sum = 0
    for (const r of usable) {
      weight += r.population ?? 0
      sum += (r.population ?? 0) * pick(r)
    }
    const mean = sum / weight
    let variance = 0
    for (const r of usable) variance += (r.population ?? 0) * (pick(r) - mean) ** 2
    return { mean, sd: Math.sqrt(variance / weight) }
  }
  const rate = stats((r) => r.rate as number)
  const access = stats((r) => r.access as number)
  return rows.map((r) => {
    if (r.rate === null || r.access === null || !((r.population ?? 0) > 0)) return null
    const zRate = rate.sd > 0 ? (r.rate - rate.mean) / rate.sd : 0
    const zAccess = access.sd > 0 ? (r.access - access.mean) / access.sd : 0
    return { zRate, zAccess, gap: zRate - zAccess }
  })
}

/** Gap scores in input order; null where a component is missing (suppressed, unknown). */
export function gapScores(rows: readonly GapInput[]): (number | null)[] {
  return gapComponents(rows).map((c) => (c === null ? null : c.gap))
}
