/**
 * The request encoders, in the calling thread and in a worker: binary COPY rows of request with the ids
 * of requestId, the tally of what they encoded, and errors kept to the batch that caused them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hexToUuid, requestId } from '../../../etl/anonymize/source-hash'
import { packRequests, weekCode, type PackableRequest } from '../../../etl/load/request-batch'
import { inlineEncoder, workerEncoder, type RequestEncoder } from '../../../etl/load/request-encoder'
import type { RequestEncoderSetup } from '../../../etl/load/request-tuples'

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

/**
 * Binary COPY rows read back as those lines, by a reader written from the format's documentation: a
 * 16-bit field count, then each field's 32-bit length and bytes (uuid: 16 bytes; int4 and date: 4,
 * the date in days since 2000-01-01; text: UTF-8; bool: 1).
 */
function readRows(bytes: Uint8Array): string {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const kinds = ['uuid', 'int', 'text', 'date', 'text', 'text', 'text', 'text', 'text', 'int', 'text', 'bool'] as const
  let at = 0
  let lines = ''
  while (at < data.length) {
    expect(data.readInt16BE(at)).toBe(kinds.length)
    at += 2
    const values = kinds.map((kind) => {
      const length = data.readInt32BE(at)
      const value = data.subarray(at + 4, at + 4 + length)
      at += 4 + length
      if (kind === 'uuid') return hexToUuid(value.toString('hex'))
      if (kind === 'int') return String(value.readInt32BE(0))
      if (kind === 'date') return new Date(Date.UTC(2000, 0, 1) + value.readInt32BE(0) * 86_400_000).toISOString().slice(0, 10)
      if (kind === 'bool') return value[0] === 1 ? 't' : 'f'
      return value.toString('utf8')
    })
    lines += `${values.join(',')}\n`
  }
  return lines
}

const RECORDS = Array.from({ length: 1200 }, (_, i) => record(i))

describe.each([
  ['in the calling thread', inlineEncoder],
  ['in a worker thread', workerEncoder],
])('request encoder %s', (_, create) => {
  let encoder: RequestEncoder
  beforeAll(async () => {
    encoder = await create(SETUP)
  })
  afterAll(() => encoder?.close())

  it('writes each record its binary COPY row with its id, batches answered in the order sent', async () => {
    await encoder.clear()
    const batches = [0, 1, 2, 3].map((i) => RECORDS.slice(i * 300, i * 300 + 300))
    const rows = await Promise.all(batches.map((batch) => encoder.encode(packRequests(batch))))
    batches.forEach((batch, i) => expect(readRows(rows[i] as Uint8Array)).toBe(batch.map(expectedLine).join('')))
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
    expect(readRows(await encoder.encode(good))).toBe(RECORDS.slice(0, 2).map(expectedLine).join(''))
  })
})

describe('worker encoder', () => {
  it('fails every later call once closed', async () => {
    const closed = await workerEncoder(SETUP)
    await closed.close()
    await expect(closed.encode(packRequests([record(1)]))).rejects.toThrow(/closed|exited/)
    await expect(closed.tallyLines()).rejects.toThrow(/closed|exited/)
  })
})
