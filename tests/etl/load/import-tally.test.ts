/** ImportTally: counts as import_count groups them, written back as the same texts. */
import { describe, expect, it } from 'vitest'
import type { AgeGroup, Channel, Outcome } from '../../../core/domain/request-fields'
import { ImportTally, monthIndex } from '../../../etl/load/import-tally'
import { AGE_CODE, CHANNEL_CODE, OUTCOME_CODE } from '../../../etl/load/vocabulary-codes'

const TOPS = new Map([
  ['food', 'food'],
  ['food.bank', 'food'],
  ['housing', 'housing'],
])

/** Counts one request given by its texts, as the encoder does from its codes. */
function add(tally: ImportTally, placeId: number, category: string, month: number, outcome: Outcome, channel: Channel, ageGroup: AgeGroup): void {
  tally.addCodes(placeId, tally.topOf(category), month, OUTCOME_CODE[outcome], CHANNEL_CODE[channel], AGE_CODE[ageGroup])
}

function parse(tally: ImportTally): string[] {
  return [...tally.lines()].join('').split('\n').filter(Boolean).sort()
}

describe('ImportTally', () => {
  it('groups requests by place, top-level category, month, outcome, channel and age group', () => {
    const tally = new ImportTally(TOPS)
    add(tally, 7, 'food.bank', monthIndex('2025-03-01'), 'referred', '211', '35-49')
    add(tally, 7, 'food', monthIndex('2025-03-01'), 'referred', '211', '35-49')
    add(tally, 7, 'food', monthIndex('2025-03-01'), 'unmet', '211', '35-49')
    add(tally, 3, 'housing', monthIndex('2100-12-01'), 'unknown', 'other', 'unknown')
    add(tally, 3, 'housing', monthIndex('2000-01-01'), 'emergency_fund', 'walk_in', '65+')
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
    add(tally, 1, 'food', monthIndex('2025-01-01'), 'referred', '211', '0-17')
    tally.clear()
    expect(parse(tally)).toEqual([])
  })

  it('refuses a category or a month it cannot encode', () => {
    const tally = new ImportTally(TOPS)
    expect(() => add(tally, 1, 'licornes', monthIndex('2025-01-01'), 'referred', '211', '0-17')).toThrow(/unknown category/)
    expect(() => add(tally, 1, 'food', monthIndex('1899-12-01'), 'referred', '211', '0-17')).toThrow(/outside/)
  })

  it('numbers months from 1900-01', () => {
    expect(monthIndex('1900-01-01')).toBe(0)
    expect(monthIndex('2025-03-01')).toBe(125 * 12 + 2)
  })
})
