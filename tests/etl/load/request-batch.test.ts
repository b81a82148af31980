/** Request batches: records packed as integers and identities, and ISO weeks as one integer. */
import { describe, expect, it } from 'vitest'
import { FIELDS_PER_RECORD, packRequests, weekCode, weekOfCode, type PackableRequest } from '../../../etl/load/request-batch'

const RECORD: PackableRequest = {
  identity: 'A100',
  week: weekCode('2025-W07'),
  category: 3,
  outcome: 'unmet',
  ageGroup: '65+',
  language: 'en',
  channel: 'walk_in',
  placeId: 42,
  precision: 'fsa',
}

describe('weekCode', () => {
  it('writes a week as YYYY × 100 + ww and reads it back', () => {
    expect(weekCode('2025-W07')).toBe(202507)
    expect(weekCode('2020-W53')).toBe(202053)
    for (const week of ['2000-W01', '2025-W07', '2099-W52', '2020-W53']) expect(weekOfCode(weekCode(week))).toBe(week)
  })
})

describe('packRequests', () => {
  it('packs each record as its integers, in BATCH_FIELDS order, and its identity end to end', () => {
    const batch = packRequests([RECORD, { ...RECORD, identity: 'content:é|x#2', outcome: 'referred', placeId: 7, precision: 'coordinates' }])
    expect(batch.codes.length).toBe(2 * FIELDS_PER_RECORD)
    // week, category, outcome, age group, language, channel, place, precision, identity length
    expect([...batch.codes.subarray(0, FIELDS_PER_RECORD)]).toEqual([202507, 3, 1, 4, 1, 4, 42, 3, 4])
    expect([...batch.codes.subarray(FIELDS_PER_RECORD)]).toEqual([202507, 3, 0, 4, 1, 4, 7, 0, 13])
    expect(batch.identities).toBe('A100content:é|x#2')
  })
})
