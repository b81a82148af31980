/** fileChunks: a file's bytes, in order, through one reused buffer. */
import { randomBytes } from 'node:crypto'
import { afterAll, describe, expect, it } from 'vitest'
import { fileChunks } from '../../../etl/read/file-chunks'
import { tempFiles } from '../../support/files'

const files = tempFiles()
afterAll(() => files.remove())

describe('fileChunks', () => {
  it('gives every byte once, in order, in chunks of at most the size asked', async () => {
    const bytes = randomBytes(10_000)
    const parts: Buffer[] = []
    for await (const chunk of fileChunks(files.write('data.bin', bytes), 4096)) {
      expect(chunk.length).toBeLessThanOrEqual(4096)
      // Each chunk is a view of the same buffer: copy it before asking for the next.
      parts.push(Buffer.from(chunk))
    }
    expect(parts.map((p) => p.length)).toEqual([4096, 4096, 1808])
    expect(Buffer.concat(parts).equals(bytes)).toBe(true)
  })

  it('gives nothing for an empty file, and stops early without error', async () => {
    const empty: Buffer[] = []
    for await (const chunk of fileChunks(files.write('empty.bin', ''), 4096)) empty.push(chunk)
    expect(empty).toEqual([])
    for await (const chunk of fileChunks(files.write('big.bin', randomBytes(9000)), 1000)) {
      expect(chunk.length).toBe(1000)
      break
    }
  })
})
