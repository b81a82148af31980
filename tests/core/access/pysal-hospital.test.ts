/**
 * PySAL `access`'s own hospital example (access/tests/test_hospital_example.py, scenario 0) as a
 * fixture: two-stage FCA with max cost 61, without weights and with weight 1/d (gravity(1, −1)).
 */
import { describe, expect, it } from 'vitest'
import { accessById, type CostPair } from '../../../core/access/by-id'
import { parseDecay } from '../../../core/access/decay'

const TRACTS = [
  { id: '1', population: 100, capacity: 15 },
  { id: '2', population: 50, capacity: 20 },
  { id: '3', population: 10, capacity: 100 },
]
const COSTS: CostPair[] = [
  ['1', '1', 1], ['2', '2', 1], ['3', '3', 1],
  ['1', '3', 40], ['2', '3', 40], ['3', '1', 40], ['3', '2', 40],
  ['1', '2', 80], ['2', '1', 80],
].map(([origin, dest, cost]) => ({ origin: String(origin), dest: String(dest), cost: Number(cost) }))

function expectRelative(actual: number[], expected: number[], tolerance = 1e-9): void {
  expect(actual).toHaveLength(expected.length)
  actual.forEach((a, k) => expect(Math.abs(a - expected[k]!) / Math.abs(expected[k]!)).toBeLessThanOrEqual(tolerance))
}

function run(decay: string, maxCost = 61, normalize = false): number[] {
  return accessById(TRACTS, TRACTS, COSTS, { decay: parseDecay(decay), maxCost, normalize }).map((r) => r.access)
}

describe('PySAL hospital example', () => {
  it('two-stage FCA, max cost 61, no weights', () => {
    expectRelative(run('none'), [0.761363636364, 0.958333333333, 1.094696969697], 1e-12)
    // Exact fractions: A1 = 15/110 + 100/160, A2 = 20/60 + 100/160, A3 = 15/110 + 20/60 + 100/160.
    expectRelative(run('none'), [15 / 110 + 100 / 160, 20 / 60 + 100 / 160, 15 / 110 + 20 / 60 + 100 / 160], 1e-15)
  })

  it('two-stage FCA, max cost 61, weight 1/d (gravity:1,-1)', () => {
    expectRelative(run('gravity:1,-1'), [0.33144411698, 0.579828132067, 7.286418169863], 1e-11)
    const r1 = 15 / (100 + 10 / 40)
    const r2 = 20 / (50 + 10 / 40)
    const r3 = 100 / (100 / 40 + 50 / 40 + 10)
    expectRelative(run('gravity:1,-1'), [r1 + r3 / 40, r2 + r3 / 40, r1 / 40 + r2 / 40 + r3], 1e-15)
  })

  it('max cost is inclusive (cost ≤ max), as in PySAL weighted_catchment', () => {
    // At 80 the cross-city pairs are in: every tract reaches every site.
    const all = 135 / 160
    expectRelative(run('none', 80), [all, all, all], 1e-15)
    expectRelative(run('none', 79.999), run('none', 61), 0)
  })

  it('normalize divides by the population-weighted mean (Σ P·A / Σ P = 135/160 here)', () => {
    const raw = run('none')
    expectRelative(run('none', 61, true), raw.map((a) => a / (135 / 160)), 1e-15)
  })
})
