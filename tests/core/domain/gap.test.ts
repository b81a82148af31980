import { describe, expect, it } from 'vitest'
import { gapScores } from '../../../core/domain/gap'

describe('gap score', () => {
  it('is positive where demand is above and access below the level, negative in the opposite case', () => {
    const gaps = gapScores([
      { rate: 20, access: 1, population: 1000 },
      { rate: 10, access: 2, population: 1000 },
      { rate: 5, access: 3, population: 1000 },
    ])
    expect(gaps[0]).toBeGreaterThan(0)
    // Rate 10 is below the mean of 11.67 (sd 6.24); access 2 is the mean.
    expect(gaps[1]).toBeCloseTo(-0.2673, 3)
    expect(gaps[2]).toBeLessThan(0)
  })

  it('is z(rate) − z(access), population-weighted', () => {
    const rows = [
      { rate: 1, access: 5, population: 3 },
      { rate: 3, access: 5, population: 1 },
    ]
    // Weighted mean rate 1.5, sd √0.75; access has no spread, so it contributes 0.
    const gaps = gapScores(rows)
    expect(gaps[0]).toBeCloseTo(-0.5 / Math.sqrt(0.75), 12)
    expect(gaps[1]).toBeCloseTo(1.5 / Math.sqrt(0.75), 12)
  })

  it('is null where a component is missing or suppressed, and never computed from one territory', () => {
    expect(gapScores([{ rate: null, access: 1, population: 10 }, { rate: 2, access: 1, population: 10 }, { rate: 3, access: 2, population: 10 }])[0]).toBeNull()
    expect(gapScores([{ rate: 2, access: 1, population: 10 }])).toEqual([null])
  })
})
