import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isoWeekOf } from '../../../core/domain/iso-week'
import { detectDateOrder, fromExcelSerial, parseDate } from '../../../etl/normalize/date'

const iso = (text: string, options?: Parameters<typeof parseDate>[1]) => parseDate(text, options)?.date.toISOString().slice(0, 10) ?? null

describe('parseDate', () => {
  it.each([
    ['2025-03-14', '2025-03-14'],
    ['2025-3-4', '2025-03-04'],
    ['2025-03-14T10:22:00', '2025-03-14'],
    ['2025-03-14T10:22:00Z', '2025-03-14'],
    ['2025-03-14 10:22', '2025-03-14'],
    ['2025-03-14 10:22:05.123', '2025-03-14'],
    ['2025/03/14', '2025-03-14'],
    ['2025.03.14', '2025-03-14'],
    ['14/03/2025', '2025-03-14'],
    ['14-03-2025', '2025-03-14'],
    ['14.03.2025', '2025-03-14'],
    ['14/03/2025 10:22', '2025-03-14'],
    ['03/14/2025', '2025-03-14'],
    ['14 mars 2025', '2025-03-14'],
    ['1er mars 2025', '2025-03-01'],
    ['le 14 août 2025', '2025-08-14'],
    ['vendredi 14 mars 2025', '2025-03-14'],
    ['14 déc. 2025', '2025-12-14'],
    ['March 14, 2025', '2025-03-14'],
    ['Mar 14 2025 10:22 AM', '2025-03-14'],
    ['14 March 2025', '2025-03-14'],
    ['14-Mar-2025', '2025-03-14'],
    ['Friday, March 14th, 2025', '2025-03-14'],
    ['45730', '2025-03-14'],
    ['45730.4375', '2025-03-14'],
    ['20250314', '2025-03-14'],
    ['2024-02-29', '2024-02-29'],
  ])('"%s" → %s', (text, expected) => {
    expect(iso(text)).toBe(expected)
  })

  it.each(['', '  ', '2025-02-30', '2023-02-29', '31/04/2025', '1999-12-31', '2101-01-01', '14/03/25', 'hier', '2025-13-01', '32 mars 2025', '12345', 'mars 2025'])(
    'refuses "%s"',
    (text) => {
      expect(parseDate(text)).toBeNull()
    },
  )

  it('reads an ambiguous numeric date day first, unless told the column is month first', () => {
    expect(iso('03/04/2025')).toBe('2025-04-03')
    expect(iso('03/04/2025', { order: 'mdy' })).toBe('2025-03-04')
    expect(iso('03/04/2025', { order: 'dmy' })).toBe('2025-04-03')
    // A forced order still refuses what cannot be a date in it.
    expect(iso('14/03/2025', { order: 'mdy' })).toBeNull()
  })

  it('takes the Quebec local date of a timestamp with an offset', () => {
    expect(iso('2025-03-14T02:30:00Z')).toBe('2025-03-13')
    expect(iso('2025-03-14T23:30:00-04:00')).toBe('2025-03-14')
    expect(iso('2025-03-14T23:30:00+0100')).toBe('2025-03-14')
  })

  it('gives a UTC midnight that isoWeekOf turns into the week', () => {
    const parsed = parseDate('14/03/2025')
    expect(parsed?.date.getUTCHours()).toBe(0)
    expect(isoWeekOf(parsed!.date)).toBe('2025-W11')
  })

  it('round-trips any date of 2000..2100 through the usual formats (property)', () => {
    const FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
    const EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
    const day = fc.integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 }).map((n) => new Date(n * 86_400_000))
    fc.assert(fc.property(day, (date) => {
      const y = date.getUTCFullYear()
      const m = date.getUTCMonth() + 1
      const d = date.getUTCDate()
      const p2 = (n: number) => String(n).padStart(2, '0')
      const expected = date.toISOString().slice(0, 10)
      const serial = Math.round((date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000)
      for (const text of [
        expected,
        `${expected}T12:00:00`,
        `${expected} 08:15`,
        `${y}/${p2(m)}/${p2(d)}`,
        `${y}${p2(m)}${p2(d)}`,
        `${d} ${FR[m - 1]} ${y}`,
        `${EN[m - 1]} ${d}, ${y}`,
        `${d} ${EN[m - 1]} ${y}`,
        String(serial),
      ]) {
        expect(iso(text), text).toBe(expected)
      }
      expect(iso(`${p2(d)}/${p2(m)}/${y}`, { order: 'dmy' })).toBe(expected)
      expect(iso(`${p2(d)}-${p2(m)}-${y}`)).toBe(expected)
      expect(iso(`${p2(m)}/${p2(d)}/${y}`, { order: 'mdy' })).toBe(expected)
    }))
  })
})

describe('detectDateOrder', () => {
  it('finds the order of a column from its unambiguous values', () => {
    expect(detectDateOrder(['03/04/2025', '14/03/2025'])).toBe('dmy')
    expect(detectDateOrder(['03/04/2025', '03/14/2025'])).toBe('mdy')
    expect(detectDateOrder(['03/04/2025', '2025-03-14'])).toBeNull()
    expect(detectDateOrder(['13/04/2025', '03/14/2025'])).toBeNull()
  })
})

describe('fromExcelSerial', () => {
  it('uses the 1900 date system and refuses serials outside 2000..2100', () => {
    expect(fromExcelSerial(36526)?.date.toISOString().slice(0, 10)).toBe('2000-01-01')
    expect(fromExcelSerial(36525)).toBeNull()
    expect(fromExcelSerial(Number.NaN)).toBeNull()
  })
})
