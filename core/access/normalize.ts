/** Population-weighted means of access: PySAL's normalization, and a territory's access from its demand points. */

/** Σ P_i·A_i / Σ P_i with compensated sums; 0 when the total population or the weighted sum is 0. */
export function populationWeightedMean(access: ArrayLike<number>, population: ArrayLike<number>): number {
  let num = 0
  let numC = 0
  let den = 0
  let denC = 0
  for (let i = 0; i < access.length; i++) {
    const p = population[i]!
    const x = p * access[i]!
    let t = num + x
    numC += Math.abs(num) >= Math.abs(x) ? num - t + x : x - t + num
    num = t
    t = den + p
    denC += Math.abs(den) >= Math.abs(p) ? den - t + p : p - t + den
    den = t
  }
  const total = num + numC
  const people = den + denC
  return people > 0 && total > 0 ? total / people : 0
}

/**
 * PySAL `normalize=True` (helpers.normalized_access): divides every access value, in place, by the
 * population-weighted mean over all demand points (flagged points count as 0 in the numerator and
 * with their population in the denominator). Leaves the values alone when `apply` is false or the mean
 * is 0. Returns the mean.
 */
export function normalizeAccess(access: Float64Array, population: ArrayLike<number>, apply: boolean): number {
  const mean = populationWeightedMean(access, population)
  if (apply && mean > 0) for (let i = 0; i < access.length; i++) access[i] = access[i]! / mean
  return mean
}

/**
 * A territory's access: the population-weighted mean of its demand points' access, for every group
 * (`groupOf[i]` = territory index of demand point i, −1 for none). Groups with no population get 0.
 */
export function populationWeightedMeanByGroup(access: ArrayLike<number>, population: ArrayLike<number>, groupOf: Int32Array, groupCount: number): Float64Array {
  const num = new Float64Array(groupCount)
  const numC = new Float64Array(groupCount)
  const den = new Float64Array(groupCount)
  const denC = new Float64Array(groupCount)
  for (let i = 0; i < access.length; i++) {
    const g = groupOf[i]!
    if (g < 0) continue
    const p = population[i]!
    const x = p * access[i]!
    let s = num[g]!
    let t = s + x
    numC[g]! += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s
    num[g] = t
    s = den[g]!
    t = s + p
    denC[g]! += Math.abs(s) >= Math.abs(p) ? s - t + p : p - t + s
    den[g] = t
  }
  const mean = new Float64Array(groupCount)
  for (let g = 0; g < groupCount; g++) {
    const people = den[g]! + denC[g]!
    mean[g] = people > 0 ? (num[g]! + numC[g]!) / people : 0
  }
  return mean
}
