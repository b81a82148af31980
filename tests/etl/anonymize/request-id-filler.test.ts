/** Request ids filled into chunk lines, in the calling thread and in the worker: the same bytes as requestId. */
import { afterAll, describe, expect, it } from 'vitest'
import { inlineFiller, workerFiller } from '../../../etl/anonymize/request-id-filler'
import { fillRequestIds, ID_PLACEHOLDER, type RequestIdChunk } from '../../../etl/anonymize/request-id-lines'
import { requestId, requestIdMessage } from '../../../etl/anonymize/source-hash'

const SECRET = 'test-secret-0123456789abcdef'
const SOURCES = Array.from({ length: 1200 }, (_, i) => (i % 5 === 0 ? `appel-é-${i}` : `A${100000000 + i}`))

/** A chunk of lines without ids, for `sources` in category food, and the text it must become. */
function chunkOf(sources: readonly string[]): { chunk: RequestIdChunk; expected: string } {
  const lines = sources.map((_, i) => `,7,2025-W0${(i % 9) + 1},food,unmet,${i}\n`)
  const messages = sources.map((source) => requestIdMessage(source, 'food'))
  return {
    chunk: { text: lines.map((line) => ID_PLACEHOLDER + line).join(''), messages: messages.join(''), lengths: messages.map((m) => m.length) },
    expected: lines.map((line, i) => requestId(SECRET, sources[i] as string, 'food') + line).join(''),
  }
}

/** An id writer from a function giving the id as text. */
const writer = (id: (message: string) => string) => (message: string, out: Uint8Array, offset: number) => void Buffer.from(out.buffer, out.byteOffset, out.byteLength).write(id(message), offset, 36, 'latin1')
const bySplitting = writer((message) => requestId(SECRET, ...(message.split('\u0000') as [string, string])))

describe('fillRequestIds', () => {
  it('writes each line its id and keeps the rest of the line', () => {
    const { chunk, expected } = chunkOf(SOURCES.slice(0, 50))
    expect(fillRequestIds(chunk, bySplitting)).toBe(expected)
  })

  it('refuses fewer or more ids than lines, messages that do not match their lengths, and lines that are not ASCII', () => {
    const { chunk } = chunkOf(SOURCES.slice(0, 3))
    const hash = writer(() => ID_PLACEHOLDER)
    expect(() => fillRequestIds({ ...chunk, lengths: chunk.lengths.slice(0, 2) }, hash)).toThrow(/more request lines/)
    expect(() => fillRequestIds({ ...chunk, lengths: [...chunk.lengths, 1] }, hash)).toThrow(/fewer request lines/)
    expect(() => fillRequestIds({ ...chunk, messages: `${chunk.messages}x` }, hash)).toThrow(/do not match/)
    expect(() => fillRequestIds({ text: `${ID_PLACEHOLDER},Montréal\n`, messages: 'x', lengths: [1] }, hash)).toThrow(/ASCII/)
    expect(() => fillRequestIds({ text: `${ID_PLACEHOLDER},\u0141\n`, messages: 'x', lengths: [1] }, hash)).toThrow(/ASCII/)
  })
})

describe('request id fillers', () => {
  const worker = workerFiller(SECRET)
  afterAll(() => worker.close())

  it('give the same chunk in the calling thread and in the worker, in the order asked', async () => {
    const chunks = [0, 1, 2, 3].map((i) => chunkOf(SOURCES.slice(i * 300, i * 300 + 300)))
    const inline = inlineFiller(SECRET)
    const fromWorker = await Promise.all(chunks.map(({ chunk }) => worker.fill(chunk)))
    chunks.forEach(({ chunk, expected }, i) => {
      expect(inline.fill(chunk)).toBe(expected)
      expect(fromWorker[i]).toBe(expected)
    })
  })

  it('reports a bad chunk as an error of that chunk, and goes on', async () => {
    await expect(worker.fill({ text: `${ID_PLACEHOLDER},a\n`, messages: '', lengths: [] })).rejects.toThrow(/request id worker: .*more request lines/)
    const { chunk, expected } = chunkOf(SOURCES.slice(0, 2))
    expect(await worker.fill(chunk)).toBe(expected)
  })

  it('fails every later chunk once closed', async () => {
    const closed = workerFiller(SECRET)
    await closed.close()
    await expect(closed.fill({ text: `${ID_PLACEHOLDER},a\n`, messages: 'a', lengths: [1] })).rejects.toThrow(/closed|exited/)
  })
})
