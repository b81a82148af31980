/** Request ids written over the placeholders of a chunk's lines: the same bytes as requestId. */
import { describe, expect, it } from 'vitest'
import { fillRequestIds, ID_PLACEHOLDER } from '../../../etl/anonymize/request-id-lines'
import { requestId, requestIdMessage } from '../../../etl/anonymize/source-hash'

const SECRET = 'test-secret-0123456789abcdef'
const SOURCES = Array.from({ length: 50 }, (_, i) => (i % 5 === 0 ? `appel-é-${i}` : `A${100000000 + i}`))

/** An id writer from a function giving the id as text. */
const writer = (id: (message: string) => string) => (message: string, out: Uint8Array, offset: number) => void Buffer.from(out.buffer, out.byteOffset, out.byteLength).write(id(message), offset, 36, 'latin1')
const bySplitting = writer((message) => requestId(SECRET, ...(message.split('\u0000') as [string, string])))

describe('fillRequestIds', () => {
  it('writes each line its id and keeps the rest of the line', () => {
    const lines = SOURCES.map((_, i) => `,7,2025-W0${(i % 9) + 1},food,unmet,${i}\n`)
    const text = lines.map((line) => ID_PLACEHOLDER + line).join('')
    const expected = lines.map((line, i) => requestId(SECRET, SOURCES[i] as string, 'food') + line).join('')
    expect(fillRequestIds(text, SOURCES.map((source) => requestIdMessage(source, 'food')), bySplitting)).toBe(expected)
  })

  it('refuses fewer or more ids than lines, and lines that are not ASCII', () => {
    const text = `${ID_PLACEHOLDER},a\n${ID_PLACEHOLDER},b\n`
    const hash = writer(() => ID_PLACEHOLDER)
    expect(() => fillRequestIds(text, ['x'], hash)).toThrow(/more request lines/)
    expect(() => fillRequestIds(text, ['x', 'y', 'z'], hash)).toThrow(/fewer request lines/)
    expect(() => fillRequestIds(`${ID_PLACEHOLDER},Montréal\n`, ['x'], hash)).toThrow(/ASCII/)
    expect(() => fillRequestIds(`${ID_PLACEHOLDER},\u0141\n`, ['x'], hash)).toThrow(/ASCII/)
    expect(() => fillRequestIds(`${ID_PLACEHOLDER},a`, ['x'], hash)).toThrow(/no end/)
  })
})
