import { describe, expect, it } from 'vitest'
import type { MetricsResponse } from '../../../core/api/types'
import { barHeights, monthRange } from '../../../client/src/period/month-range'
import { provinceTotal } from '../../../client/src/period/monthly-totals'
import { row, suppressedRow } from '../map/fixtures'

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

describe('provinceTotal', () => {
  it('sums the published demand of the regions, and is null when none is published', () => {
    const response = (rows: MetricsResponse['rows']): MetricsResponse => ({ level: 'region', category: 'all', from: '2025-01', to: '2025-01', k: 10, rows })
    expect(provinceTotal(response([row({ territory_id: 1, demand: 100 }), row({ territory_id: 2, demand: 35 }), suppressedRow(3)]))).toBe(135)
    expect(provinceTotal(response([suppressedRow(1)]))).toBeNull()
  })
})
