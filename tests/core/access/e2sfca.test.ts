/** The E2SFCA engine: the supply identity, the flags instead of NaN/∞, input errors, and properties. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildCatchments, type CatchmentRules } from '../../../core/access/catchments'
import { parseDecay } from '../../../core/access/decay'
import { computeAccess } from '../../../core/access/e2sfca'
import { AccessInputError, FLAG_NO_ACCESS, FLAG_NO_SUPPLY_DEMAND, FLAG_NONE, type CostList } from '../../../core/access/types'

function costs(pairs: readonly (readonly [number, number, number])[]): CostList {
  return {
    origin: Int32Array.from(pairs, (p) => p[0]),
    dest: Int32Array.from(pairs, (p) => p[1]),
    cost: Float64Array.from(pairs, (p) => p[2]),
  }
}

function run(population: number[], capacity: number[], pairs: (readonly [number, number, number])[], rules: CatchmentRules, normalize = false) {
  return computeAccess(buildCatchments(population.length, capacity.length, costs(pairs), rules), population, capacity, { normalize })
}

function sumPA(population: ArrayLike<number>, access: ArrayLike<number>): number {
  let s = 0
  for (let i = 0; i < population.length; i++) s += population[i]! * access[i]!
  return s
}

const SPECS = ['none', 'step:10=1,20=0.68,30=0.22', 'gaussian:12', 'gravity:5,-1.5,1']

describe('computeAccess', () => {
  it('hand-computed Gaussian case', () => {
    // Two demand points, one site: D = 100·1 + 50·e^(−1/2) at σ = 10, costs 0 and 10.
    const r = run([100, 50], [3], [[0, 0, 0], [1, 0, 10]], { decay: parseDecay('gaussian:10') })
    const d = 100 + 50 * Math.exp(-0.5)
    expect(r.siteDemand[0]).toBeCloseTo(d, 12)
    expect(r.access[0]).toBeCloseTo(3 / d, 15)
    expect(r.access[1]).toBeCloseTo((Math.exp(-0.5) * 3) / d, 15)
  })

  it.each(SPECS)('Σ P_i·A_i = Σ S_j when every site has weighted demand in its catchment (decay %s)', (spec) => {
    const population = [120, 0, 35, 800, 12]
    const capacity = [4, 9, 0.5, 30]
    const pairs: [number, number, number][] = [[0, 0, 3], [0, 1, 14], [1, 1, 2], [2, 1, 25], [2, 2, 8], [3, 2, 19], [3, 3, 4], [4, 3, 29], [4, 0, 11]]
    const r = run(population, capacity, pairs, { decay: parseDecay(spec), maxCost: 30 })
    expect(Array.from(r.siteDemand).every((d) => d > 0)).toBe(true)
    const supply = capacity.reduce((a, b) => a + b, 0)
    expect(r.servedCapacity).toBe(supply)
    expect(Math.abs(sumPA(population, r.access) - supply) / supply).toBeLessThan(1e-12)
  })

  it('a demand point that reaches nothing gets 0 and no_access (no pair, pair beyond max cost, or weight 0)', () => {
    const r = run([10, 20, 30, 40], [5], [[0, 0, 1], [1, 0, 100], [2, 0, 35]], { decay: parseDecay('step:30=1'), maxCost: 50 })
    expect(Array.from(r.flagCode)).toEqual([FLAG_NONE, FLAG_NO_ACCESS, FLAG_NO_ACCESS, FLAG_NO_ACCESS])
    expect(Array.from(r.access)).toEqual([0.5, 0, 0, 0])
  })

  it('a site whose catchment has no demand is left out: no Infinity, no NaN, flag no_supply_demand when it is all a point reaches', () => {
    // Site 0 is reached only by demand point 0 (population 0); site 1 by demand points 0 and 1.
    const r = run([0, 10, 0], [7, 4, 2], [[0, 0, 1], [2, 2, 1], [1, 1, 1], [0, 1, 1]], { decay: parseDecay('none') })
    expect(Array.from(r.siteDemand)).toEqual([0, 10, 0])
    expect(Array.from(r.siteRatio)).toEqual([0, 0.4, 0])
    expect(Array.from(r.access)).toEqual([0.4, 0.4, 0])
    expect(Array.from(r.flagCode)).toEqual([FLAG_NONE, FLAG_NONE, FLAG_NO_SUPPLY_DEMAND])
    // The identity then holds for the served capacity only.
    expect(r.servedCapacity).toBe(4)
    expect(sumPA([0, 10, 0], r.access)).toBeCloseTo(4, 14)
  })

  it('normalize: population-weighted mean 1, flagged points stay 0; no access at all stays 0', () => {
    const population = [100, 50, 25]
    const r = run(population, [10, 5], [[0, 0, 1], [1, 0, 2], [1, 1, 3]], { decay: parseDecay('gaussian:3') }, true)
    expect(sumPA(population, r.access) / 175).toBeCloseTo(1, 14)
    expect(r.access[2]).toBe(0)
    const none = run([1, 2], [3], [], { decay: parseDecay('none') }, true)
    expect(Array.from(none.access)).toEqual([0, 0])
    expect(none.meanAccess).toBe(0)
  })

  it('per-class rules (urban/rural): each pair takes its origin rule, in both steps, so the identity holds', () => {
    const population = [100, 40, 10]
    const capacity = [6, 2]
    const pairs: [number, number, number][] = [[0, 0, 2], [0, 1, 9], [1, 0, 15], [2, 1, 30], [2, 0, 45]]
    const rules: CatchmentRules = { rules: [{ decay: parseDecay('gaussian:2.5'), maxCost: 5 }, { decay: parseDecay('gaussian:20'), maxCost: 40 }], ruleOfDemand: Uint8Array.from([0, 1, 1]) }
    const r = run(population, capacity, pairs, rules)
    const w = (d: number, s: number) => Math.exp(-(d * d) / (2 * s * s))
    const d0 = 100 * w(2, 2.5) + 40 * w(15, 20)
    const d1 = 10 * w(30, 20)
    expect(r.siteDemand[0]).toBeCloseTo(d0, 12)
    expect(r.siteDemand[1]).toBeCloseTo(d1, 12)
    expect(r.access[0]).toBeCloseTo((w(2, 2.5) * 6) / d0, 14)
    expect(Math.abs(sumPA(population, r.access) - 8) / 8).toBeLessThan(1e-12)
  })

  it.each([
    [[-1], [1], [[0, 0, 1]], /population -1 of demand point 0/],
    [[1], [NaN], [[0, 0, 1]], /capacity NaN of site 0/],
    [[1], [1], [[0, 0, -2]], /pair 0: cost -2/],
    [[1], [1], [[0, 0, Infinity]], /pair 0: cost Infinity/],
    [[1], [1], [[0, 1, 1]], /destination 1 is not a site index/],
    [[1], [1], [[2, 0, 1]], /origin 2 is not a demand point index/],
    [[1], [1], [[0, 0, 1], [0, 0, 2]], /listed twice/],
  ] as const)('rejects bad input %#', (population, capacity, pairs, message) => {
    expect(() => run([...population], [...capacity], pairs.map((p) => [...p] as [number, number, number]), { decay: parseDecay('none') })).toThrow(message)
  })

  it('rejects an infinite gravity weight at cost 0, and suggests a minimum cost', () => {
    expect(() => run([1], [1], [[0, 0, 0]], { decay: parseDecay('gravity:1,-1') })).toThrow(AccessInputError)
    expect(() => run([1], [1], [[0, 0, 0]], { decay: parseDecay('gravity:1,-1') })).toThrow(/needs a minimum cost/)
    expect(run([1], [1], [[0, 0, 0]], { decay: parseDecay('gravity:1,-1,0.5') }).access[0]).toBe(1)
  })

  it('rejects a ratio that overflows (a subnormal weighted demand) instead of returning Infinity', () => {
    expect(() => run([5e-324], [1e3], [[0, 0, 1]], { decay: parseDecay('none') })).toThrow(/site 0: capacity 1000 over weighted demand 5e-324 overflows/)
  })

  it('rejects a negative or NaN max cost', () => {
    expect(() => run([1], [1], [], { decay: parseDecay('none'), maxCost: -1 })).toThrow(/maxCost must be a non-negative number/)
    expect(() => run([1], [1], [], { decay: parseDecay('none'), maxCost: NaN })).toThrow(/maxCost/)
  })
})

/** A random problem: populations, capacities and a sparse cost list without duplicate pairs. */
const problem = fc
  .record({ demand: fc.integer({ min: 1, max: 12 }), sites: fc.integer({ min: 1, max: 8 }) })
  .chain(({ demand, sites }) =>
    fc.record({
      population: fc.array(fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1e5, noNaN: true })), { minLength: demand, maxLength: demand }),
      capacity: fc.array(fc.double({ min: 0, max: 1e3, noNaN: true }), { minLength: sites, maxLength: sites }),
      pairs: fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: demand - 1 }), fc.integer({ min: 0, max: sites - 1 }), fc.double({ min: 0, max: 100, noNaN: true })), {
        maxLength: demand * sites,
        selector: ([i, j]) => `${i},${j}`,
      }),
      spec: fc.constantFrom(...SPECS),
      maxCost: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
    }),
  )

describe('properties', () => {
  it('access is finite and ≥ 0; flagged points are 0; Σ P·A = served capacity', () => {
    fc.assert(
      fc.property(problem, ({ population, capacity, pairs, spec, maxCost }) => {
        const r = run(population, capacity, pairs, { decay: parseDecay(spec), maxCost })
        for (let i = 0; i < r.access.length; i++) {
          expect(Number.isFinite(r.access[i])).toBe(true)
          expect(r.access[i]).toBeGreaterThanOrEqual(0)
          if (r.flagCode[i] !== FLAG_NONE) expect(r.access[i]).toBe(0)
        }
        const pa = sumPA(population, r.access)
        expect(Math.abs(pa - r.servedCapacity)).toBeLessThanOrEqual(1e-9 * Math.max(1, r.servedCapacity))
      }),
    )
  })

  it('scaling every capacity by c scales access by c', () => {
    fc.assert(
      fc.property(problem, fc.double({ min: 1e-3, max: 1e3, noNaN: true }), ({ population, capacity, pairs, spec, maxCost }, c) => {
        const a = run(population, capacity, pairs, { decay: parseDecay(spec), maxCost })
        const b = run(population, capacity.map((s) => s * c), pairs, { decay: parseDecay(spec), maxCost })
        for (let i = 0; i < a.access.length; i++) {
          // Relative to the value, except near subnormal numbers (a capacity of 5e-324), whose last
          // bits are all the precision there is: there the difference need only be negligible.
          expect(Math.abs(b.access[i]! - c * a.access[i]!)).toBeLessThanOrEqual(Math.max(1e-12 * c * a.access[i]!, 1e-300))
          expect(b.flagCode[i]).toBe(a.flagCode[i])
        }
      }),
    )
  })

  it('adding an unreachable site changes nothing', () => {
    fc.assert(
      fc.property(problem, fc.double({ min: 0, max: 1e3, noNaN: true }), ({ population, capacity, pairs, spec, maxCost }, extra) => {
        const a = run(population, capacity, pairs, { decay: parseDecay(spec), maxCost })
        // The new site is listed only beyond the maximum cost (or not at all).
        const farPairs = maxCost === undefined ? pairs : [...pairs, [0, capacity.length, maxCost + 1] as [number, number, number]]
        const b = run(population, [...capacity, extra], farPairs, { decay: parseDecay(spec), maxCost })
        expect(Array.from(b.access)).toEqual(Array.from(a.access))
        expect(Array.from(b.flagCode)).toEqual(Array.from(a.flagCode))
      }),
    )
  })

  it('the order of the cost list does not change the result beyond rounding', () => {
    fc.assert(
      fc.property(problem, ({ population, capacity, pairs, spec, maxCost }) => {
        const a = run(population, capacity, pairs, { decay: parseDecay(spec), maxCost })
        const b = run(population, capacity, [...pairs].reverse(), { decay: parseDecay(spec), maxCost })
        for (let i = 0; i < a.access.length; i++) expect(Math.abs(b.access[i]! - a.access[i]!)).toBeLessThanOrEqual(1e-12 * a.access[i]!)
      }),
    )
  })
})
