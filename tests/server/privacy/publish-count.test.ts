import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { publishCount, publishedRatio, roundToBase } from '../../../server/privacy/publish-count'

describe('publishCount', () => {
  it('withholds 1..k−1 and whatever complementary suppression withholds; 0 stays 0', () => {
    expect(publishCount(0, 10)).toBe(0)
    expect(publishCount(1, 10)).toBeNull()
    expect(publishCount(9, 10)).toBeNull()
    expect(publishCount(500, 10, true)).toBeNull()
  })

  it('rounds half up to base 5', () => {
    expect([10, 12, 13, 17, 18, 1234].map(roundToBase)).toEqual([10, 10, 15, 15, 20, 1235])
  })

  it('publishes a period as the difference of rounded running totals, so consecutive periods add up exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 10, max: 400 }), { minLength: 2, maxLength: 24 }), fc.integer({ min: 0, max: 5000 }), (months, start) => {
        let before = start
        let sum = 0
        for (const n of months) {
          const published = publishCount(n, 10, false, before) as number
          expect(published % 5).toBe(0)
          expect(Math.abs(published - n)).toBeLessThanOrEqual(4)
          sum += published
          before += n
        }
        const total = months.reduce((a, b) => a + b, 0)
        expect(sum).toBe(publishCount(total, 10, false, start))
      }),
    )
  })

  it('never publishes 0 for a count of at least k', () => {
    fc.assert(fc.property(fc.integer({ min: 10, max: 1000 }), fc.integer({ min: 0, max: 10_000 }), (n, before) => (publishCount(n, 10, false, before) as number) >= 10))
  })
})

describe('publishedRatio', () => {
  it('is null when either side is withheld or the denominator is not positive', () => {
    expect(publishedRatio(null, 10)).toBeNull()
    expect(publishedRatio(5, null)).toBeNull()
    expect(publishedRatio(5, 0)).toBeNull()
    expect(publishedRatio(5, 20)).toBe(0.25)
  })
})
