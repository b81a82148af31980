/** Request ids filled into chunk lines, in the calling thread and in the worker: the same bytes as requestId. */
import { afterAll, describe, expect, it } from 'vitest'
import { inlineFiller, workerFiller } from '../../../etl/anonymize/request-id-filler'
import { fillRequestIds, ID_PLACEHOLDER } from '../../../etl/anonymize/request-id-lines'
import { requestId, requestIdMessage } from '../../../etl/anonymize/source-hash'

const SECRET = 'test-secret-0123456789abcdef'
const SOURCES = Array.from({ length: 1200 }, (_, i) => (i % 5 === 0 ? `appel-é-${i}` : `A${100000000 + i}`))

function chunk(sources: readonly string[]): { text: string; messages: string[]; expected: string } {
  const lines = sources.map((source, i) => `,7,2025-W0${(i % 9) + 1},food,unmet,${i}\n`)
  return {
    text: lines.map((line) => ID_PLACEHOLDER + line).join(''),
    messages: sources.map((source) => requestIdMessage(source, 'food')),
    expected: lines.map((line, i) => requestId(SECRET, sources[i] as string, 'food') + line).join(''),
  }
}

describe('fillRequestIds', () => {
  it('writes each line its id and keeps the rest of the line', () => {
    const { text, messages, expected } = chunk(SOURCES.slice(0, 50))
    expect(fillRequestIds(text, messages, (m) => requestId(SECRET, ...(m.split('\u0000') as [string, string])))).toBe(expected)
  })

  it('refuses fewer or more ids than lines, and lines that are not ASCII', () => {
    const { text, messages } = chunk(SOURCES.slice(0, 3))
    const hash = () => ID_PLACEHOLDER
    expect(() => fillRequestIds(text, messages.slice(0, 2), hash)).toThrow(/more request lines/)
    expect(() => fillRequestIds(text, [...messages, 'x'], hash)).toThrow(/fewer request lines/)
    expect(() => fillRequestIds(`${ID_PLACEHOLDER},Montréal\n`, ['x'], hash)).toThrow(/ASCII/)
    expect(() => fillRequestIds(`${ID_PLACEHOLDER},\u0141\n`, ['x'], hash)).toThrow(/ASCII/)
  })
})

describe('request id fillers', () => {
  const worker = workerFiller(SECRET)
  afterAll(() => worker.close())

  it('give the same chunk in the calling thread and in the worker, in the order asked', async () => {
    const chunks = [0, 1, 2, 3].map((i) => chunk(SOURCES.slice(i * 300, i * 300 + 300)))
    const inline = inlineFiller(SECRET)
    const fromWorker = await Promise.all(chunks.map((c) => worker.fill(c.text, c.messages)))
    chunks.forEach((c, i) => {
      expect(inline.fill(c.text, c.messages)).toBe(c.expected)
      expect(fromWorker[i]).toBe(c.expected)
    })
  })

  it('reports a bad chunk as an error of that chunk, and goes on', async () => {
    await expect(worker.fill(`${ID_PLACEHOLDER},a\n`, [])).rejects.toThrow(/request id worker: .*more request lines/)
    const c = chunk(SOURCES.slice(0, 2))
    expect(await worker.fill(c.text, c.messages)).toBe(c.expected)
  })

  it('fails every later chunk once closed', async () => {
    const closed = workerFiller(SECRET)
    await closed.close()
    await expect(closed.fill(`${ID_PLACEHOLDER},a\n`, ['a'])).rejects.toThrow(/closed|exited/)
  })
})
