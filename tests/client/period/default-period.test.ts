import { describe, expect, it } from 'vitest'
import { addMonths, defaultPeriod, monthOfWeek } from '../../../client/src/period/default-period'

describe('monthOfWeek', () => {
  it('gives an ISO week the month of its Thursday', () => {
    expect(monthOfWeek('2025-W01')).toBe('2025-01') // Thursday 2 January 2025
    expect(monthOfWeek('2026-W01')).toBe('2026-01') // Monday 29 Dec 2025, Thursday 1 Jan 2026
    expect(monthOfWeek('2020-W53')).toBe('2020-12') // Thursday 31 December 2020
    expect(monthOfWeek('2025-W39')).toBe('2025-09')
  })

  it('accepts dates and months', () => {
    expect(monthOfWeek('2025-03-17')).toBe('2025-03')
    expect(monthOfWeek('2025-03')).toBe('2025-03')
  })

  it('rejects anything else', () => {
    expect(monthOfWeek('2025-W60')).toBeNull()
    expect(monthOfWeek('last week')).toBeNull()
  })
})

describe('addMonths', () => {
  it('crosses year boundaries both ways', () => {
    expect(addMonths('2025-03', -11)).toBe('2024-04')
    expect(addMonths('2024-12', 1)).toBe('2025-01')
    expect(addMonths('2025-01', -1)).toBe('2024-12')
  })
})

describe('defaultPeriod', () => {
  it('is the 12 months ending with the month of the last week', () => {
    expect(defaultPeriod('2025-W39')).toEqual({ from: '2024-10', to: '2025-09' })
  })

  it('ends this month when there is no data yet', () => {
    expect(defaultPeriod(null, new Date(Date.UTC(2025, 5, 15)))).toEqual({ from: '2024-07', to: '2025-06' })
  })
})
