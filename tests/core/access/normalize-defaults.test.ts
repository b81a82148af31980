/** Population-weighted means (territory access, normalization) and the documented per-category defaults. */
import { describe, expect, it } from 'vitest'
import { CATCHMENT_DEFAULTS, catchmentRadius, defaultRule, defaultRules } from '../../../core/access/defaults'
import { populationWeightedMean, populationWeightedMeanByGroup } from '../../../core/access/normalize'
import { TOP_CATEGORY_IDS } from '../../../core/domain/categories'

describe('population-weighted means', () => {
  it('whole and by group', () => {
    expect(populationWeightedMean([1, 3], [1, 3])).toBe(2.5)
    expect(populationWeightedMean([1, 3], [0, 0])).toBe(0)
    const byGroup = populationWeightedMeanByGroup([1, 3, 5, 7], [1, 3, 2, 0], Int32Array.of(0, 0, 1, -1), 3)
    expect(Array.from(byGroup)).toEqual([2.5, 5, 0])
  })
})

describe('catchment defaults', () => {
  it('cover every top-level category, rural wider than urban', () => {
    for (const id of TOP_CATEGORY_IDS) {
      const entry = CATCHMENT_DEFAULTS[id]
      expect(entry, id).toBeDefined()
      expect(entry!.rural).toBeGreaterThan(entry!.urban)
    }
  })

  it('children inherit their parent unless listed; unknown categories and `all` get the fallback', () => {
    expect(catchmentRadius('food.bank', 'urban')).toBe(3_000)
    expect(catchmentRadius('food.delivery', 'rural')).toBe(40_000)
    expect(catchmentRadius('all', 'urban')).toBe(8_000)
  })

  it('Gaussian σ = d0/2 truncated at d0', () => {
    const rule = defaultRule('health', 'rural')
    expect(rule.maxCost).toBe(30_000)
    expect(rule.decay(30_000)).toBeCloseTo(Math.exp(-2), 15)
    expect(rule.decay.spec).toBe('gaussian:15000')
    expect(defaultRules('crisis').map((r) => r.maxCost)).toEqual([15_000, 80_000])
  })
})
