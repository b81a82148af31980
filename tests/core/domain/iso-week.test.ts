import { describe, expect, it } from 'vitest'
import { isoWeekOf, monthOfIsoWeek } from '../../../core/domain/iso-week'

describe('ISO weeks', () => {
  it.each([
    ['2025-01-01', '2025-W01'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
    ['2026-11-25', '2026-W48'],
    ['2027-01-01', '2026-W53'],
  ])('%s is in %s', (date, week) => {
    expect(isoWeekOf(new Date(`${date}T12:00:00Z`))).toBe(week)
  })

  it.each([
    ['2025-W01', '2025-01-01'],
    ['2020-W53', '2020-12-01'],
    ['2026-W48', '2026-11-01'],
    ['2025-W05', '2025-01-01'],
    ['2025-W06', '2025-02-01'],
  ])('%s counts in the month of its Thursday (%s)', (week, month) => {
    expect(monthOfIsoWeek(week)).toBe(month)
  })

  it('round-trips every day of four years', () => {
    for (let day = 0; day < 4 * 366; day++) {
      const date = new Date(Date.UTC(2023, 0, 1 + day))
      const week = isoWeekOf(date)
      const thursday = new Date(date.getTime() + (3 - ((date.getUTCDay() + 6) % 7)) * 86_400_000)
      expect(monthOfIsoWeek(week)).toBe(`${thursday.toISOString().slice(0, 7)}-01`)
    }
  })

  it('rejects what is not a week', () => {
    expect(() => monthOfIsoWeek('2025-13')).toThrow(/not an ISO week/)
  })
})
