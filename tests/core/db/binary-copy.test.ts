/** Binary COPY on both backends: tuples in any chunking, slices past PGlite's blob size, all or nothing. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BinaryChunk, Database } from '../../../core/db/database'
import { backends } from '../../support/databases'

const COLUMNS = ['id', 'n', 'label', 'day', 'flag']

/** One tuple of (uuid, int4, text, date, bool), written field by field as the format says. */
function tuple(i: number, label: string): Buffer {
  const text = Buffer.from(label, 'utf8')
  const out = Buffer.alloc(2 + 4 + 16 + 4 + 4 + 4 + text.length + 4 + 4 + 4 + 1)
  let at = out.writeInt16BE(5, 0)
  at = out.writeInt32BE(16, at)
  at = out.writeUInt32BE(i, at + 12)
  at = out.writeInt32BE(4, at)
  at = out.writeInt32BE(i - 3, at)
  at = out.writeInt32BE(text.length, at)
  at += text.copy(out, at)
  at = out.writeInt32BE(4, at)
  // Days since 2000-01-01: 9132 is 2025-01-01.
  at = out.writeInt32BE(9132 + (i % 31), at)
  at = out.writeInt32BE(1, at)
  out.writeUInt8(i % 2, at)
  return out
}

function chunk(buffers: Buffer[]): BinaryChunk {
  return new Uint8Array(Buffer.concat(buffers))
}

describe.each(backends())('copyBinary on $name', (backend) => {
  let db: Database
  beforeAll(async () => {
    db = await backend.open()
  })
  afterAll(() => db?.close())

  it('loads tuples sent in chunks of any size, with UTF-8 text and every type read back', async () => {
    await db.exec('CREATE TABLE t (id uuid PRIMARY KEY, n integer, label text, day date, flag boolean)')
    const tuples = Array.from({ length: 250 }, (_, i) => tuple(i, i % 5 === 0 ? `Montréal ${i}` : `row ${i}`))
    const chunks = [chunk(tuples.slice(0, 1)), chunk([]), chunk(tuples.slice(1, 100)), chunk(tuples.slice(100))]
    expect(await db.copyBinary('t', COLUMNS, chunks)).toBe(250)
    const rows = await db.query<{ id: string; n: number; label: string; day: string; flag: boolean }>(
      "SELECT id::text AS id, n, label, to_char(day, 'YYYY-MM-DD') AS day, flag FROM t WHERE n IN (-3, 7) ORDER BY n",
    )
    expect(rows).toEqual([
      { id: '00000000-0000-0000-0000-000000000000', n: -3, label: 'Montréal 0', day: '2025-01-01', flag: false },
      { id: '00000000-0000-0000-0000-00000000000a', n: 7, label: 'Montréal 10', day: '2025-01-11', flag: false },
    ])
  })

  it('copies a stream larger than one PGlite slice (8 MB) completely', async () => {
    await db.exec('CREATE TABLE big (id uuid, n integer, label text, day date, flag boolean)')
    const label = 'x'.repeat(1000)
    async function* chunks(): AsyncGenerator<BinaryChunk> {
      for (let c = 0; c < 100; c++) yield chunk(Array.from({ length: 100 }, (_, i) => tuple(c * 100 + i, label)))
    }
    expect(await db.copyBinary('big', COLUMNS, chunks())).toBe(10_000)
    const [row] = await db.query<{ n: number; distinct_ids: number; bytes: number }>('SELECT count(*)::int AS n, count(DISTINCT id)::int AS distinct_ids, sum(length(label))::int AS bytes FROM big')
    expect(row).toEqual({ n: 10_000, distinct_ids: 10_000, bytes: 10_000_000 })
  })

  it('fails on a malformed tuple and, in a transaction, loads nothing', async () => {
    await db.exec('CREATE TABLE strict (id uuid, n integer, label text, day date, flag boolean)')
    const bad = tuple(1, 'ok')
    bad.writeInt16BE(4, 0)
    await expect(db.transaction((tx) => tx.copyBinary('strict', COLUMNS, [chunk([tuple(0, 'ok')]), chunk([bad])]))).rejects.toThrow(/column count|field count|row field count/i)
    const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM strict')
    expect(row?.n).toBe(0)
  })
})
