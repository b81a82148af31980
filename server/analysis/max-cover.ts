/**
 * Greedy maximal covering (the greedy heuristic of Church & ReVelle's maximal covering location problem):
 * choose sites one at a time, each time the candidate that covers the most demand weight not covered by
 * an earlier pick. Gains can only shrink as picks accumulate, so picks come out in non-increasing order
 * of what they add, and the total is within 1 − 1/e of the best possible choice of that many sites.
 */

/** One chosen candidate: what it adds and the running total. */
export interface CoverPick {
  /** Index of the candidate in the input. */
  candidate: number
  /** Weight covered by this pick and by no earlier one. */
  covered: number
  /** Weight covered by this pick and all earlier ones. */
  cumulative: number
}

/**
 * Picks up to `count` candidates greedily. `covers[c]` lists the demand points (indexes into `weight`)
 * within reach of candidate c; `weight[i]` ≥ 0 is the demand of point i. Ties go to the lower
 * candidate index, so the answer depends only on the input order. Stops early when no remaining
 * candidate adds any weight: a site that covers nothing new is not a suggestion.
 */
export function greedyMaxCover(covers: readonly ArrayLike<number>[], weight: ArrayLike<number>, count: number): CoverPick[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`)
  for (let i = 0; i < weight.length; i++) {
    const w = weight[i]!
    if (!(w >= 0 && w < Infinity)) throw new RangeError(`weight ${w} of demand point ${i} is not a finite non-negative number`)
  }
  covers.forEach((points, c) => {
    for (let k = 0; k < points.length; k++) {
      const i = points[k]!
      if (!(Number.isInteger(i) && i >= 0 && i < weight.length)) throw new RangeError(`candidate ${c} covers ${i}, which is not a demand point index (0…${weight.length - 1})`)
    }
  })

  const covered = new Uint8Array(weight.length)
  const chosen = new Uint8Array(covers.length)
  const stamp = new Int32Array(weight.length)
  let visit = 0
  const picks: CoverPick[] = []
  let cumulative = 0
  while (picks.length < count) {
    let best = -1
    let bestGain = 0
    for (let c = 0; c < covers.length; c++) {
      if (chosen[c]) continue
      const points = covers[c]!
      let gain = 0
      // A point listed twice by one candidate still counts once: stamp it with this visit.
      visit++
      for (let k = 0; k < points.length; k++) {
        const i = points[k]!
        if (!covered[i] && stamp[i] !== visit) {
          stamp[i] = visit
          gain += weight[i]!
        }
      }
      if (gain > bestGain) {
        best = c
        bestGain = gain
      }
    }
    if (best < 0) break
    chosen[best] = 1
    const points = covers[best]!
    for (let k = 0; k < points.length; k++) covered[points[k]!] = 1
    cumulative += bestGain
    picks.push({ candidate: best, covered: bestGain, cumulative })
  }
  return picks
}
