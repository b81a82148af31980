/**
 * A correctness guard for streaming, not a speed target: a 300,000-row CSV read through openTable
 * must not grow the heap by anything like the file's size.
 */
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTable } from '../../../etl/read/open-table'
import { scratch } from './helpers'

const ROWS = 300_000
const tmp = scratch()
let path = ''

beforeAll(async () => {
  path = `${tmp.dir}/appels.csv`
  const out = createWriteStream(path)
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain')
  }
  await write("No d'appel;Date de l'appel;Nom;Téléphone;Code postal;Municipalité;Besoin;Résultat;Groupe d'âge;Notes\r\n")
  let chunk = ''
  for (let i = 1; i <= ROWS; i++) {
    chunk += `A-${i};2025-01-${String((i % 28) + 1).padStart(2, '0')};Tremblay ${i};819-555-${String(i % 10000).padStart(4, '0')};J1H ${i % 10}B${i % 7};Sherbrooke;"Dépannage alimentaire; logement";Référé;25-34 ans;"Note ${i} : rappeler, svp"\r\n`
    if (chunk.length > 1 << 16) {
      await write(chunk)
      chunk = ''
    }
  }
  await write(chunk)
  out.end()
  await once(out, 'finish')
}, 60_000)
afterAll(() => tmp.cleanup())

describe('streaming', () => {
  it(`reads ${ROWS.toLocaleString('en')} rows with a bounded heap`, async () => {
    globalThis.gc?.()
    const before = process.memoryUsage().heapUsed
    let peak = before
    const source = await openTable(path, { kind: 'requests' })
    let count = 0
    let lastLine = 0
    for await (const row of source.rows) {
      count++
      lastLine = row.line
      if ((count & 0x3fff) === 0) peak = Math.max(peak, process.memoryUsage().heapUsed)
    }
    peak = Math.max(peak, process.memoryUsage().heapUsed)
    expect(count).toBe(ROWS)
    expect(lastLine).toBe(ROWS + 1)
    expect(peak - before).toBeLessThan(100 * 1024 * 1024)
  }, 60_000)
})
