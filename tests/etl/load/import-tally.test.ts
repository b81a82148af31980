/** ImportTally: counts as import_count groups them, written back as the same texts. */
import { describe, expect, it } from 'vitest'
import { ImportTally, monthIndex } from '../../../etl/load/import-tally'

const TOPS = new Map([
  ['food', 'food'],
  ['food.bank', 'food'],
  ['housing', 'housing'],
])

function parse(tally: ImportTally): string[] {
  return [...tally.lines()].join('').split('\n').filter(Boolean).sort()
}

describe('ImportTally', () => {
  it('groups requests by place, top-level category, month, outcome, channel and age group', () => {
    const tally = new ImportTally(TOPS)
    tally.add(7, 'food.bank', monthIndex('2025-03-01'), 'referred', '211', '35-49')
    tally.add(7, 'food', monthIndex('2025-03-01'), 'referred', '211', '35-49')
    tally.add(7, 'food', monthIndex('2025-03-01'), 'unmet', '211', '35-49')
    tally.add(3, 'housing', monthIndex('2100-12-01'), 'unknown', 'other', 'unknown')
    tally.add(3, 'housing', monthIndex('2000-01-01'), 'emergency_fund', 'walk_in', '65+')
    expect(parse(tally)).toEqual(
      [
        '7,"food",2025-03-01,referred,211,35-49,2',
        '7,"food",2025-03-01,unmet,211,35-49,1',
        '3,"housing",2100-12-01,unknown,other,unknown,1',
        '3,"housing",2000-01-01,emergency_fund,walk_in,65+,1',
      ].sort(),
    )
  })

  it('forgets everything on clear', () => {
    const tally = new ImportTally(TOPS)
    tally.add(1, 'food', monthIndex('2025-01-01'), 'referred', '211', '0-17')
    tally.clear()
    expect(parse(tally)).toEqual([])
  })

  it('refuses a category or a month it cannot encode', () => {
    const tally = new ImportTally(TOPS)
    expect(() => tally.add(1, 'licornes', monthIndex('2025-01-01'), 'referred', '211', '0-17')).toThrow(/unknown category/)
    expect(() => tally.add(1, 'food', monthIndex('1899-12-01'), 'referred', '211', '0-17')).toThrow(/outside/)
  })

  it('numbers months from 1900-01', () => {
    expect(monthIndex('1900-01-01')).toBe(0)
    expect(monthIndex('2025-03-01')).toBe(125 * 12 + 2)
  })
})
