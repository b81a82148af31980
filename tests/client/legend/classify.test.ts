import { describe, expect, it } from 'vitest'
import { classIndex, classifyQuantiles } from '../../../client/src/legend/classify'

describe('classifyQuantiles', () => {
  it('splits ten values into five classes of two', () => {
    const { bins } = classifyQuantiles([10, 1, 2, 3, 4, 5, 6, 7, 8, 9], 5)
    expect(bins).toEqual([
      { min: 1, max: 2 },
      { min: 3, max: 4 },
      { min: 5, max: 6 },
      { min: 7, max: 8 },
      { min: 9, max: 10 },
    ])
  })

  it('ignores suppressed (null), undefined and non-finite values', () => {
    const { bins } = classifyQuantiles([null, 4, undefined, Number.NaN, 2, null], 2)
    expect(bins).toEqual([
      { min: 2, max: 2 },
      { min: 4, max: 4 },
    ])
  })

  it('returns no class when every value is suppressed', () => {
    expect(classifyQuantiles([null, null, null], 5).bins).toEqual([])
  })

  it('returns no class for an empty input', () => {
    expect(classifyQuantiles([], 5).bins).toEqual([])
  })

  it('collapses to a single class when all values are equal', () => {
    expect(classifyQuantiles([3.5, 3.5, 3.5, 3.5], 5).bins).toEqual([{ min: 3.5, max: 3.5 }])
  })

  it('never creates empty classes with heavy ties', () => {
    const { bins } = classifyQuantiles([0, 0, 0, 0, 0, 0, 0, 1, 2, 3], 5)
    expect(bins.length).toBeLessThanOrEqual(5)
    for (const bin of bins) expect(bin.min).toBeLessThanOrEqual(bin.max)
    // Classes are contiguous and ordered.
    for (let i = 1; i < bins.length; i++) expect(bins[i]!.min).toBeGreaterThan(bins[i - 1]!.max)
    expect(bins[0]).toEqual({ min: 0, max: 0 })
    expect(bins.at(-1)!.max).toBe(3)
  })

  it('handles fewer values than classes', () => {
    expect(classifyQuantiles([5, 1], 5).bins).toEqual([
      { min: 1, max: 1 },
      { min: 5, max: 5 },
    ])
  })

  it('covers every value: each one falls in exactly the class whose range holds it', () => {
    const values = Array.from({ length: 104 }, (_, i) => Math.round(((i * 37) % 101) * 1.7 * 10) / 10)
    const classification = classifyQuantiles(values, 5)
    expect(classification.bins).toHaveLength(5)
    for (const value of values) {
      const bin = classification.bins[classIndex(classification, value)]!
      expect(value).toBeGreaterThanOrEqual(bin.min)
      expect(value).toBeLessThanOrEqual(bin.max)
    }
  })
})

describe('classIndex', () => {
  const classification = classifyQuantiles([1, 2, 3, 4], 2)

  it('puts a value equal to an upper bound in the lower class', () => {
    expect(classIndex(classification, 2)).toBe(0)
    expect(classIndex(classification, 2.01)).toBe(1)
  })

  it('returns -1 for suppressed or missing values', () => {
    expect(classIndex(classification, null)).toBe(-1)
    expect(classIndex(classification, undefined)).toBe(-1)
  })

  it('returns -1 with an empty classification', () => {
    expect(classIndex(classifyQuantiles([], 5), 3)).toBe(-1)
  })

  it('clamps values outside the classified range', () => {
    expect(classIndex(classification, -5)).toBe(0)
    expect(classIndex(classification, 99)).toBe(1)
  })
})
