import { describe, expect, it } from 'vitest'
import { trendBars } from '../../../client/src/panels/profile/trend-bars'

describe('trendBars', () => {
  const months = [
    { month: '2025-01', demand: 40, unmet: 10, suppressed: false },
    { month: '2025-02', demand: null, unmet: null, suppressed: true },
    { month: '2025-03', demand: 0, unmet: 0, suppressed: false },
  ]

  it('draws a withheld month as a band up to k, never as a zero bar', () => {
    const { bars, max } = trendBars(months, 10, 300, 100)
    expect(max).toBe(40)
    expect(bars[1]).toMatchObject({ kind: 'withheld', height: 25, y: 75, demand: null })
    expect(bars[2]).toMatchObject({ kind: 'value', height: 0 })
  })

  it('scales published bars to the largest count and stacks the unmet part inside', () => {
    const { bars } = trendBars(months, 10, 300, 100)
    expect(bars[0]).toMatchObject({ kind: 'value', height: 100, y: 0, unmetHeight: 25 })
    expect(bars.map((b) => b.x)).toEqual([0, 100, 200])
  })

  it('runs the scale to k when every month is withheld', () => {
    const { bars, max } = trendBars([months[1]!], 10, 100, 50)
    expect(max).toBe(10)
    expect(bars[0]?.height).toBe(50)
  })
})
