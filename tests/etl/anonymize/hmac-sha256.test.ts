/** The JavaScript HMAC-SHA-256 gives exactly node:crypto's ids, so re-imports keep recognizing rows. */
import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { hmacSha256PrefixInto, hmacSha256PrefixOfJoinedInto } from '../../../etl/anonymize/hmac-sha256'
import { hexToUuid, requestId, requestIdMessage, requestIdSuffix } from '../../../etl/anonymize/source-hash'

const KEYS = ['test-secret-0123456789abcdef', '', 'é', 'k'.repeat(64), 'long'.repeat(40)]
const MESSAGES = ['', 'a', 'A-1001\u0000food.bank', 'x'.repeat(55), 'x'.repeat(56), 'é'.repeat(27), 'é'.repeat(28), '日本\u0000food', '😀'.repeat(13), 'z'.repeat(300)]

/** The 16 bytes hmacSha256PrefixInto writes for `message`, read back as a UUID. */
function uuidOf(into: ReturnType<typeof hmacSha256PrefixInto>, message: string): string {
  const out = Buffer.alloc(16)
  into(message, out, 0)
  return hexToUuid(out.toString('hex'))
}

describe('hmacSha256PrefixInto', () => {
  it('equals the first 128 bits of node:crypto HMAC-SHA-256 for keys and messages of every length class', () => {
    for (const key of KEYS) {
      const into = hmacSha256PrefixInto(key)
      for (const message of MESSAGES) {
        const hex = createHmac('sha256', key).update(message).digest('hex')
        expect(uuidOf(into, message)).toBe(`${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`)
      }
    }
  })

  it('writes at any offset, touching nothing else', () => {
    for (const key of KEYS) {
      const into = hmacSha256PrefixInto(key)
      for (const message of MESSAGES) {
        const out = Buffer.alloc(20, 0xaa)
        into(message, out, 3)
        expect(hexToUuid(out.subarray(3, 19).toString('hex'))).toBe(uuidOf(into, message))
        expect([...out.subarray(0, 3), out[19]]).toEqual([0xaa, 0xaa, 0xaa, 0xaa])
      }
    }
  })

  it('gives the ids of requestId for its requestIdMessage', () => {
    const into = hmacSha256PrefixInto('test-secret-0123456789abcdef')
    for (let i = 0; i < 2000; i++) {
      const sourceId = i % 7 === 0 ? `appel-é-${i}` : `A${100000000 + i * 7919}`
      for (const category of ['food', 'housing.rent', 'mental_health']) expect(uuidOf(into, requestIdMessage(sourceId, category))).toBe(requestId('test-secret-0123456789abcdef', sourceId, category))
    }
  })
})

describe('hmacSha256PrefixOfJoinedInto', () => {
  it('hashes a cut of a text and a suffix as the joined message, ASCII or not, short or long', () => {
    for (const key of KEYS) {
      const joined = hmacSha256PrefixOfJoinedInto(key)
      const whole = hmacSha256PrefixInto(key)
      for (const message of MESSAGES) {
        for (const suffix of ['', requestIdSuffix('food'), requestIdSuffix('santé'), '\u0000'.concat('x'.repeat(50))]) {
          // The message sits inside a longer text, as an identity sits in its batch.
          const text = `AB${message}CD`
          const out = Buffer.alloc(20, 0xaa)
          joined(text, 2, message.length, suffix, out, 2)
          expect(hexToUuid(out.subarray(2, 18).toString('hex'))).toBe(uuidOf(whole, message + suffix))
          expect([out[0], out[1], out[18], out[19]]).toEqual([0xaa, 0xaa, 0xaa, 0xaa])
        }
      }
    }
  })

  it('gives requestId for a source id and its category', () => {
    const joined = hmacSha256PrefixOfJoinedInto('test-secret-0123456789abcdef')
    const ids = Array.from({ length: 500 }, (_, i) => (i % 7 === 0 ? `appel-é-${i}` : `A${100000000 + i * 7919}`))
    const text = ids.join('')
    let from = 0
    for (const sourceId of ids) {
      const out = Buffer.alloc(16)
      joined(text, from, sourceId.length, requestIdSuffix('housing.rent'), out, 0)
      expect(hexToUuid(out.toString('hex'))).toBe(requestId('test-secret-0123456789abcdef', sourceId, 'housing.rent'))
      from += sourceId.length
    }
  })
})
