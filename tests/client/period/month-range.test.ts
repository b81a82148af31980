import { describe, expect, it } from 'vitest'
import type { MonthlyDemandResponse } from '../../../core/api/types'
import { barHeights, monthRange } from '../../../client/src/period/month-range'
import { totalsOf } from '../../../client/src/period/monthly-totals'

describe('monthRange', () => {
  it('lists months across a year end, inclusive', () => {
    expect(monthRange('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02'])
    expect(monthRange('2025-02', '2024-11')).toEqual([])
  })
})

describe('barHeights', () => {
  it('scales to the tallest month, unknown months at zero', () => {
    expect(barHeights([50, 100, null])).toEqual([0.5, 1, 0])
    expect(barHeights([null])).toEqual([0])
  })
})

describe('totalsOf', () => {
  it('reads each month asked for from the monthly answer, null when withheld or absent', () => {
    const response: MonthlyDemandResponse = {
      category: 'all',
      k: 10,
      months: [
        { month: '2025-01', demand: 135, unmet: 20, suppressed: false },
        { month: '2025-02', demand: null, unmet: null, suppressed: true },
      ],
    }
    expect(totalsOf(response, ['2025-01', '2025-02', '2025-03'])).toEqual([135, null, null])
  })
})
