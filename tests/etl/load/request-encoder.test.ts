/**
 * The request encoders, in the calling thread and in a worker: COPY lines of request with the ids of
 * requestId, the tally of what they encoded, and errors kept to the batch that caused them.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { requestId } from '../../../etl/anonymize/source-hash'
import { packRequests, weekCode, type PackableRequest } from '../../../etl/load/request-batch'
import { inlineEncoder, workerEncoder } from '../../../etl/load/request-encoder'
import type { RequestEncoderSetup } from '../../../etl/load/request-lines'

const SETUP: RequestEncoderSetup = {
  secret: 'test-secret-0123456789abcdef',
  importId: 9,
  categories: ['food', 'food.bank', 'housing'],
  topCategory: [
    ['food', 'food'],
    ['food.bank', 'food'],
    ['housing', 'housing'],
  ],
}

function record(i: number): PackableRequest {
  return {
    identity: i % 7 === 0 ? `appel-é-${i}` : `A${100000000 + i}`,
    // 2025-W01 is in 2025-01 (its Thursday is January 2); 2026-W05 in 2026-01 (January 29).
    week: weekCode(i % 2 === 0 ? '2025-W01' : '2026-W05'),
    category: i % 3,
    outcome: i % 4 === 0 ? 'unmet' : 'referred',
    ageGroup: '35-49',
    language: 'fr',
    channel: '211',
    placeId: 1 + (i % 2),
    precision: 'municipality',
  }
}

/** The line a record must become, written out independently of the encoder. */
function expectedLine(r: PackableRequest): string {
  const category = SETUP.categories[r.category] as string
  const week = r.week === 202501 ? '2025-W01,2025-01-01' : '2026-W05,2026-01-01'
  return `${requestId(SETUP.secret, r.identity, category)},9,${week},${category},${r.outcome},${r.ageGroup},${r.language},${r.channel},${r.placeId},${r.precision},f\n`
}

const RECORDS = Array.from({ length: 1200 }, (_, i) => record(i))

describe.each([
  ['in the calling thread', inlineEncoder],
  ['in a worker thread', workerEncoder],
])('request encoder %s', (_, create) => {
  const encoder = create(SETUP)
  afterAll(() => encoder.close())

  it('writes each record its COPY line with its id, batches answered in the order sent', async () => {
    await encoder.clear()
    const batches = [0, 1, 2, 3].map((i) => RECORDS.slice(i * 300, i * 300 + 300))
    const lines = await Promise.all(batches.map((batch) => encoder.encode(packRequests(batch))))
    batches.forEach((batch, i) => expect(lines[i]).toBe(batch.map(expectedLine).join('')))
  })

  it('tallies what it encoded by place, top-level category, month, outcome, channel and age group, until cleared', async () => {
    await encoder.clear()
    await encoder.encode(packRequests(RECORDS.slice(0, 12)))
    const tally = (await encoder.tallyLines()).join('').split('\n').filter(Boolean).sort()
    // Records 0..11: even ones at place 1 in 2025-01, odd ones at place 2 in 2026-01; categories 0, 1 (food) and 2 (housing).
    const expected = new Map<string, number>()
    for (const r of RECORDS.slice(0, 12)) {
      const top = r.category === 2 ? 'housing' : 'food'
      const key = `${r.placeId},"${top}",${r.week === 202501 ? '2025-01-01' : '2026-01-01'},${r.outcome},211,35-49`
      expected.set(key, (expected.get(key) ?? 0) + 1)
    }
    expect(tally).toEqual([...expected].map(([key, n]) => `${key},${n}`).sort())
    await encoder.clear()
    expect(await encoder.tallyLines()).toEqual([])
  })

  it('refuses a batch with codes out of range or identities that do not match, and goes on', async () => {
    const good = packRequests(RECORDS.slice(0, 2))
    const badCategory = packRequests([{ ...record(0), category: 5 }])
    const badWeek = packRequests([{ ...record(0), week: 202560 }])
    const badOutcome = packRequests([record(0)])
    badOutcome.codes[2] = 99
    await expect(Promise.resolve().then(() => encoder.encode(badCategory))).rejects.toThrow(/out of range/)
    await expect(Promise.resolve().then(() => encoder.encode(badWeek))).rejects.toThrow(/not a week code/)
    await expect(Promise.resolve().then(() => encoder.encode(badOutcome))).rejects.toThrow(/out of range/)
    await expect(Promise.resolve().then(() => encoder.encode({ ...good, identities: `${good.identities}x` }))).rejects.toThrow(/identities/)
    await expect(Promise.resolve().then(() => encoder.encode({ ...good, codes: good.codes.subarray(1) }))).rejects.toThrow(/whole records/)
    expect(await encoder.encode(good)).toBe(RECORDS.slice(0, 2).map(expectedLine).join(''))
  })
})

describe('worker encoder', () => {
  it('fails every later call once closed', async () => {
    const closed = workerEncoder(SETUP)
    await closed.close()
    await expect(closed.encode(packRequests([record(1)]))).rejects.toThrow(/closed|exited/)
    await expect(closed.tallyLines()).rejects.toThrow(/closed|exited/)
  })
})
