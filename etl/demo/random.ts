/** A seeded pseudo-random generator, so the demo dataset is the same on every machine for a seed. */
export class Random {
  private state: number

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9
  }

  /** A float in [0, 1) (mulberry32). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n)
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p
  }

  /** One item of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)]
    if (item === undefined) throw new Error('pick from an empty list')
    return item
  }

  /** An index drawn with probability proportional to its weight (cumulative weights, binary search). */
  weighted(cumulative: Float64Array): number {
    const total = cumulative[cumulative.length - 1] ?? 0
    const target = this.next() * total
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((cumulative[mid] ?? 0) > target) hi = mid
      else lo = mid + 1
    }
    return lo
  }

  /** A Poisson-ish integer around `mean` with stochastic rounding (exact on average). */
  round(mean: number): number {
    const floor = Math.floor(mean)
    return floor + (this.chance(mean - floor) ? 1 : 0)
  }
}

/** Cumulative sums of weights, for Random.weighted. */
export function cumulative(weights: readonly number[]): Float64Array {
  const sums = new Float64Array(weights.length)
  let total = 0
  weights.forEach((weight, i) => {
    total += Math.max(0, weight)
    sums[i] = total
  })
  return sums
}

/** Picks a key of a weight table. */
export function pickWeighted<K extends string>(random: Random, table: Readonly<Record<K, number>>): K {
  const keys = Object.keys(table) as K[]
  return keys[random.weighted(cumulative(keys.map((key) => table[key])))] as K
}
