import { describe, expect, it } from 'vitest'
import { edgeValue, findMatches } from '../../../client/src/panels/finder/find-matches'
import { row } from './fixtures'

describe('edgeValue', () => {
  it('is the value at the edge of the top or bottom share', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8]
    expect(edgeValue(values, 0.25, 'high')).toBe(7)
    expect(edgeValue(values, 0.25, 'low')).toBe(2)
    // At least one value passes, however small the share.
    expect(edgeValue(values, 0.01, 'high')).toBe(8)
    expect(edgeValue([], 0.25, 'high')).toBeNull()
  })
})

describe('findMatches', () => {
  // Eight territories: rate rises with the id, access falls with it, deprivation rises with it,
  // except territory 8 whose access is high.
  const rows = Array.from({ length: 8 }, (_, i) =>
    row(i + 1, `T${i + 1}`, { demand_rate: i + 1, access: i === 7 ? 1 : (8 - i) / 1000, deprivation: (i + 1) / 10 }),
  )

  it('keeps territories meeting all three conditions, highest rate first', () => {
    const result = findMatches(rows, { rate: 0.25, access: 0.25, deprivation: 0.25 })
    expect(result.matches.map((r) => r.name)).toEqual(['T7'])
    expect(result.cutoffs).toEqual({ rate: 7, access: 0.003, deprivation: 0.7 })
  })

  it('widens with the thresholds', () => {
    const result = findMatches(rows, { rate: 0.5, access: 0.5, deprivation: 0.5 })
    expect(result.matches.map((r) => r.name)).toEqual(['T7', 'T6', 'T5'])
  })

  it('leaves out and counts territories whose rate is withheld', () => {
    const result = findMatches([...rows, row(9, 'Withheld', { access: 0, deprivation: 9 }, true)], { rate: 0.5, access: 0.5, deprivation: 0.5 })
    expect(result.matches.map((r) => r.name)).not.toContain('Withheld')
    expect(result.excluded).toBe(1)
  })
})
