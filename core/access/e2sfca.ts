/**
 * Enhanced two-step floating catchment area (E2SFCA, Luo & Qi 2009), as PySAL `access`
 * `two_stage_fca` / `enhanced_two_stage_fca` computes it: the decay weight applies in both steps.
 *   R_j = S_j / Σ_k W(d_kj)·P_k   over demand points k in the catchment of site j
 *   A_i = Σ_j W(d_ij)·R_j         over sites j in the catchment of demand point i
 * Sites whose weighted demand is 0 are left out (R_j = 0) instead of giving ∞ or NaN.
 */
import type { Catchments } from './catchments'
import { normalizeAccess } from './normalize'
import { AccessInputError, FLAG_NO_ACCESS, FLAG_NO_SUPPLY_DEMAND, FLAG_NONE } from './types'

/** Per-run options: `normalize` divides every A_i by the population-weighted mean access (PySAL `normalize=True`). */
export interface AccessOptions {
  normalize?: boolean
}

/** Access per demand point, with the intermediate per-site figures. */
export interface AccessResult {
  /** A_i, finite and ≥ 0 (0 where flagged), normalized when asked. */
  access: Float64Array
  /** Flag code per demand point (see ACCESS_FLAGS): 0 '', 1 no_access, 2 no_supply_demand. */
  flagCode: Uint8Array
  /** Σ_k W(d_kj)·P_k per site: the weighted demand in its catchment. */
  siteDemand: Float64Array
  /** R_j = S_j / siteDemand_j per site, 0 where siteDemand_j = 0. */
  siteRatio: Float64Array
  /** Σ S_j over sites with weighted demand > 0: equals Σ_i P_i·A_i (unnormalized). */
  servedCapacity: number
  /** The population-weighted mean of the unnormalized access (the divisor when normalizing; 0 when there is no access). */
  meanAccess: number
}

function checkValues(values: ArrayLike<number>, count: number, what: 'population' | 'capacity'): void {
  if (values.length !== count) throw new AccessInputError(`${what} has ${values.length} values for ${count} ${what === 'population' ? 'demand points' : 'sites'}`)
  for (let k = 0; k < count; k++) {
    const v = values[k]!
    if (!(v >= 0 && v < Infinity)) {
      throw new AccessInputError(`${what} ${v} of ${what === 'population' ? 'demand point' : 'site'} ${k} is not a finite non-negative number`, what === 'population' ? { demand: k } : { site: k })
    }
  }
}

/**
 * Runs E2SFCA on built catchments with a population per demand point and a capacity per site.
 * Sums are compensated (Neumaier), so results agree with PySAL to far better than 1e-9 relative.
 */
export function computeAccess(catchments: Catchments, population: ArrayLike<number>, capacity: ArrayLike<number>, options: AccessOptions = {}): AccessResult {
  const { demandCount, siteCount, byDemandStart, byDemandSite, byDemandWeight, bySiteStart, bySiteDemand, bySiteWeight } = catchments
  checkValues(population, demandCount, 'population')
  checkValues(capacity, siteCount, 'capacity')

  // Step 1: weighted demand and supply-to-demand ratio per site.
  const siteDemand = new Float64Array(siteCount)
  const siteRatio = new Float64Array(siteCount)
  let served = 0
  let servedC = 0
  for (let j = 0; j < siteCount; j++) {
    let sum = 0
    let c = 0
    for (let k = bySiteStart[j]!, end = bySiteStart[j + 1]!; k < end; k++) {
      const x = bySiteWeight[k]! * population[bySiteDemand[k]!]!
      const t = sum + x
      c += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum
      sum = t
    }
    const demand = sum + c
    siteDemand[j] = demand
    if (demand > 0) {
      const s = capacity[j]!
      const ratio = s / demand
      if (!(ratio < Infinity)) throw new AccessInputError(`site ${j}: capacity ${s} over weighted demand ${demand} overflows`, { site: j })
      siteRatio[j] = ratio
      const t = served + s
      servedC += Math.abs(served) >= Math.abs(s) ? served - t + s : s - t + served
      served = t
    }
  }

  // Step 2: access per demand point, with its flag.
  const access = new Float64Array(demandCount)
  const flagCode = new Uint8Array(demandCount)
  for (let i = 0; i < demandCount; i++) {
    const start = byDemandStart[i]!
    const end = byDemandStart[i + 1]!
    if (start === end) {
      flagCode[i] = FLAG_NO_ACCESS
      continue
    }
    let sum = 0
    let c = 0
    let withDemand = false
    for (let k = start; k < end; k++) {
      const j = byDemandSite[k]!
      if (siteDemand[j]! > 0) withDemand = true
      const x = byDemandWeight[k]! * siteRatio[j]!
      const t = sum + x
      c += Math.abs(sum) >= Math.abs(x) ? sum - t + x : x - t + sum
      sum = t
    }
    access[i] = sum + c
    flagCode[i] = withDemand ? FLAG_NONE : FLAG_NO_SUPPLY_DEMAND
  }
  for (let i = 0; i < demandCount; i++) {
    if (!(access[i]! < Infinity)) throw new AccessInputError(`access of demand point ${i} overflows (${access[i]}): populations or capacities are too large`, { demand: i })
  }

  const meanAccess = normalizeAccess(access, population, options.normalize === true)
  return { access, flagCode, siteDemand, siteRatio, servedCapacity: served + servedC, meanAccess }
}
