/**
 * The catchments of a cost list, built once: every reachable pair with its decay weight, indexed both
 * by demand point and by supply site (compressed sparse rows), so both E2SFCA steps are linear scans.
 */
import type { DecayFunction } from './decay'
import { AccessInputError, type CostList } from './types'

/** How far a demand point reaches and how its weight decays: pairs with cost > maxCost are unreachable (cost = maxCost is reachable, as in PySAL). */
export interface CatchmentRule {
  decay: DecayFunction
  maxCost?: number
}

/** One rule for every demand point, or one rule per class with each demand point's class (e.g. 0 urban, 1 rural). */
export type CatchmentRules = CatchmentRule | { rules: readonly CatchmentRule[]; ruleOfDemand: Uint8Array }

/** Reachable pairs with positive weight, as two CSR indexes over the same pairs. */
export interface Catchments {
  demandCount: number
  siteCount: number
  /** Number of reachable pairs (listed, cost ≤ maxCost, weight > 0). */
  pairCount: number
  /** Pairs of demand point i: `byDemandStart[i]` to `byDemandStart[i + 1]` in `byDemandSite` / `byDemandWeight`. */
  byDemandStart: Int32Array
  byDemandSite: Int32Array
  byDemandWeight: Float64Array
  /** Pairs of site j: `bySiteStart[j]` to `bySiteStart[j + 1]` in `bySiteDemand` / `bySiteWeight`. */
  bySiteStart: Int32Array
  bySiteDemand: Int32Array
  bySiteWeight: Float64Array
}

function ruleAccessor(rules: CatchmentRules, demandCount: number): { decay: (i: number) => DecayFunction; maxCost: (i: number) => number } {
  if ('rules' in rules) {
    if (rules.ruleOfDemand.length !== demandCount) throw new AccessInputError(`ruleOfDemand has ${rules.ruleOfDemand.length} entries for ${demandCount} demand points`)
    rules.rules.forEach(checkMaxCost)
    const decays = rules.rules.map((r) => r.decay)
    const maxCosts = Float64Array.from(rules.rules, (r) => r.maxCost ?? Infinity)
    for (let i = 0; i < demandCount; i++) {
      if (rules.ruleOfDemand[i]! >= decays.length) throw new AccessInputError(`demand point ${i} has rule ${rules.ruleOfDemand[i]}, but there are ${decays.length} rules`, { demand: i })
    }
    return { decay: (i) => decays[rules.ruleOfDemand[i]!]!, maxCost: (i) => maxCosts[rules.ruleOfDemand[i]!]! }
  }
  checkMaxCost(rules)
  const max = rules.maxCost ?? Infinity
  return { decay: () => rules.decay, maxCost: () => max }
}

function checkMaxCost(rule: CatchmentRule): void {
  if (rule.maxCost !== undefined && !(rule.maxCost >= 0)) throw new AccessInputError(`maxCost must be a non-negative number, got ${rule.maxCost}`)
}

/**
 * Builds the catchments of `costs` over `demandCount` demand points and `siteCount` sites: drops pairs
 * beyond the maximum cost or of weight 0, weighs the others once, and indexes them both ways.
 * Throws AccessInputError on an index out of range, a cost that is negative or not finite, a weight
 * that is not finite (gravity at cost 0), or the same pair listed twice.
 */
export function buildCatchments(demandCount: number, siteCount: number, costs: CostList, rules: CatchmentRules): Catchments {
  const { origin, dest, cost } = costs
  const n = origin.length
  if (dest.length !== n || cost.length !== n) throw new AccessInputError(`cost list columns differ in length (${n} origins, ${dest.length} destinations, ${cost.length} costs)`)
  const rule = ruleAccessor(rules, demandCount)
  const single = !('rules' in rules)
  const singleDecay = rule.decay(0)
  const singleMax = rule.maxCost(0)

  // Pass 1: weigh each pair, keep those within reach with a positive weight, count per demand point.
  const weight = new Float64Array(n)
  const byDemandCount = new Int32Array(demandCount + 1)
  let kept = 0
  for (let p = 0; p < n; p++) {
    const i = origin[p]!
    const j = dest[p]!
    const c = cost[p]!
    if (!(i >= 0 && i < demandCount)) throw new AccessInputError(`pair ${p}: origin ${i} is not a demand point index (0…${demandCount - 1})`, { pair: p })
    if (!(j >= 0 && j < siteCount)) throw new AccessInputError(`pair ${p}: destination ${j} is not a site index (0…${siteCount - 1})`, { pair: p })
    if (!(c >= 0 && c < Infinity)) throw new AccessInputError(`pair ${p}: cost ${c} is not a finite non-negative number`, { pair: p })
    const max = single ? singleMax : rule.maxCost(i)
    if (c > max) continue
    const w = single ? singleDecay(c) : rule.decay(i)(c)
    if (!(w < Infinity)) throw new AccessInputError(`pair ${p}: the decay weight at cost ${c} is ${w} (a gravity decay with a negative exponent needs a minimum cost, e.g. gravity:SCALE,ALPHA,MIN_COST)`, { pair: p })
    if (!(w >= 0)) throw new AccessInputError(`pair ${p}: the decay weight at cost ${c} is ${w}, not a non-negative number`, { pair: p })
    if (w === 0) continue
    weight[p] = w
    byDemandCount[i + 1]!++
    kept++
  }

  // Counting sort by demand point (stable: file order within a demand point).
  const byDemandStart = byDemandCount
  for (let i = 0; i < demandCount; i++) byDemandStart[i + 1]! += byDemandStart[i]!
  const byDemandSite = new Int32Array(kept)
  const byDemandWeight = new Float64Array(kept)
  const fill = byDemandStart.slice(0, demandCount)
  const bySiteStart = new Int32Array(siteCount + 1)
  for (let p = 0; p < n; p++) {
    const w = weight[p]!
    if (w === 0) continue
    const j = dest[p]!
    const slot = fill[origin[p]!]!++
    byDemandSite[slot] = j
    byDemandWeight[slot] = w
    bySiteStart[j + 1]!++
  }

  // Duplicate pairs: one stamp per site, the last demand point that listed it.
  const stamp = new Int32Array(siteCount).fill(-1)
  for (let i = 0; i < demandCount; i++) {
    for (let k = byDemandStart[i]!, end = byDemandStart[i + 1]!; k < end; k++) {
      const j = byDemandSite[k]!
      if (stamp[j] === i) throw new AccessInputError(`pair (demand ${i}, site ${j}) is listed twice`, { pair: pairIndex(costs, i, j, 1), demand: i, site: j })
      stamp[j] = i
    }
  }

  // Transpose: the same pairs by site, in demand order.
  for (let j = 0; j < siteCount; j++) bySiteStart[j + 1]! += bySiteStart[j]!
  const bySiteDemand = new Int32Array(kept)
  const bySiteWeight = new Float64Array(kept)
  const next = bySiteStart.slice(0, siteCount)
  for (let i = 0; i < demandCount; i++) {
    for (let k = byDemandStart[i]!, end = byDemandStart[i + 1]!; k < end; k++) {
      const slot = next[byDemandSite[k]!]!++
      bySiteDemand[slot] = i
      bySiteWeight[slot] = byDemandWeight[k]!
    }
  }

  return { demandCount, siteCount, pairCount: kept, byDemandStart, byDemandSite, byDemandWeight, bySiteStart, bySiteDemand, bySiteWeight }
}

/** The index of the `occurrence`-th (0-based) listing of pair (i, j), for error messages. */
function pairIndex(costs: CostList, i: number, j: number, occurrence: number): number {
  let seen = 0
  for (let p = 0; p < costs.origin.length; p++) {
    if (costs.origin[p] === i && costs.dest[p] === j && seen++ === occurrence) return p
  }
  return -1
}
