/**
 * The quote-free split must read the wanted cells exactly as papaparse does, and never make a row of
 * unwanted data look blank, nor hide a row wider than the header.
 */
import fc from 'fast-check'
import Papa from 'papaparse'
import { afterAll, describe, expect, it } from 'vitest'
import { openCsv } from '../../../etl/read/csv'
import { isPlainText, splitPlainRecords } from '../../../etl/read/plain-records'
import type { CellRow } from '../../../etl/read/types'
import { scratch } from './helpers'

const tmp = scratch()
afterAll(() => tmp.cleanup())

function papaRecords(text: string, delimiter: string): string[][] {
  return (Papa.parse<string[]>(text, { delimiter, newline: '\n', quoteChar: '"' }).data as string[][])
}

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '')
/** How many cells a row has once trailing blank ones are dropped. */
const filledWidth = (cells: readonly string[]) => {
  let last = cells.length
  while (last > 0 && (cells[last - 1] as string).trim() === '') last--
  return last
}

describe('plain text', () => {
  it('is text without quotes whose every CR ends in a CRLF', () => {
    expect(isPlainText('a;b\r\nc;d\r\n')).toBe(true)
    expect(isPlainText('a;b\r')).toBe(true)
    expect(isPlainText('a;"b"\n')).toBe(false)
    expect(isPlainText('a;b\rc;d')).toBe(false)
  })
})

describe('splitPlainRecords', () => {
  it('makes the wanted cells and the first, leaves the others empty, pads short rows', () => {
    const text = 'A1;2025-01-15;Logement;Jean Tremblay;819-555-0101\r\nA2;2025-01-16\r\nA3;2025'
    expect(splitPlainRecords(text, ';', 5, [false, true, true, false, false], false)).toEqual({
      records: [
        ['A1', '2025-01-15', 'Logement', '', ''],
        ['A2', '2025-01-16', '', '', ''],
      ],
      cursor: text.indexOf('A3'),
    })
    expect(splitPlainRecords('A3;2025', ';', 5, [false, true, false, false, false], true).records).toEqual([['A3', '2025', '', '', '']])
  })

  it('splits whole a row that may be blank or is wider than the header', () => {
    const text = ';;\n  \n\tx;y\nÉvis;z\na;b;c;d\n'
    expect(splitPlainRecords(text, ';', 2, [false, true], false).records).toEqual([['', '', ''], ['  '], ['\tx', 'y'], ['Évis', 'z'], ['a', 'b', 'c', 'd']])
  })

  it('reads the wanted cells as papaparse does, on any quote-free text cut anywhere at a line end', () => {
    const cell = fc.stringMatching(/^[ a-zÉé\t;,]{0,6}$/)
    const line = fc.array(cell, { maxLength: 6 }).map((cells) => cells.join(';'))
    const text = fc.tuple(fc.array(line, { minLength: 1, maxLength: 12 }), fc.boolean(), fc.boolean()).map(([lines, crlf, finalLf]) => lines.join(crlf ? '\r\n' : '\n') + (finalLf ? '\n' : ''))
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 5 }), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), fc.nat(), (input, width, wanted, cutAt) => {
        // The reader hands over text from a record's start: cut at a line end, the rest final.
        const lineEnds = [...input.matchAll(/\n/g)].map((m) => (m.index as number) + 1)
        const cut = lineEnds.length === 0 ? 0 : (lineEnds[cutAt % lineEnds.length] as number)
        const head = splitPlainRecords(input.slice(0, cut), ';', width, wanted, false)
        expect(head.cursor).toBe(cut)
        const ours = [...head.records, ...splitPlainRecords(input.slice(cut), ';', width, wanted, true).records]
        const theirs = papaRecords(input, ';')
        // papaparse adds an empty last record after a final LF: blank, and skipped by the reader.
        if (theirs.length === ours.length + 1) expect(isBlank(theirs.pop() as string[])).toBe(true)
        expect(ours.length).toBe(theirs.length)
        ours.forEach((cells, i) => {
          const full = theirs[i] as string[]
          expect(isBlank(cells)).toBe(isBlank(full))
          expect(filledWidth(cells) > width).toBe(filledWidth(full) > width)
          for (let c = 0; c < width; c++) if (wanted[c]) expect((cells[c] ?? '').trim()).toBe((full[c] ?? '').trim())
        })
      }),
      { numRuns: 500 },
    )
  })
})

describe('the CSV reader with wanted columns', () => {
  async function batches(text: string, columns: number[]): Promise<CellRow[]> {
    const source = await openCsv(tmp.write(`wanted-${columns.join('-')}.csv`, text))
    const rows: CellRow[] = []
    for await (const batch of source.cellBatches!(columns)) rows.push(...batch)
    return rows
  }

  it('keeps a row whose only values are in columns not asked for (it must be rejected, not skipped)', async () => {
    const rows = await batches("Nom;Date;Besoin\nJean Tremblay;;\n;;\nMarie;2025-01-15;Logement\n", [1, 2])
    expect(rows.map((r) => r.line)).toEqual([2, 4])
    expect(rows[0]?.cells[0]?.trim()).toBe('Jean Tremblay')
    expect(rows[1]?.cells.slice(1)).toEqual(['2025-01-15', 'Logement'])
  })

  it('still refuses a row wider than the header, naming it', async () => {
    await expect(batches('Date;Besoin\n2025-01-15;Logement\n2025-01-16;Transport;en trop\n', [0, 1])).rejects.toThrow(
      /, row 3: this row has 3 cells but the header has 2 columns/,
    )
  })

  it('reads quoted chunks with papaparse and plain ones without, in one file, the same cells either way', async () => {
    const lines = ['Date;Besoin;Notes']
    for (let i = 0; i < 6000; i++) lines.push(i % 1500 === 7 ? `2025-01-${10 + (i % 9)};"Aide; alimentaire";"Rappeler ""lundi"""` : `2025-02-${10 + (i % 9)};Logement ${i};note ${i}`)
    const text = `${lines.join('\r\n')}\r\n`
    const wanted = await batches(text, [0, 1])
    const all: CellRow[] = []
    for await (const batch of (await openCsv(tmp.write('all.csv', text))).cellBatches!([0, 1, 2])) all.push(...batch)
    expect(wanted.length).toBe(6000)
    expect(wanted.map((r) => [r.line, r.cells[0]?.trim(), r.cells[1]?.trim()])).toEqual(all.map((r) => [r.line, r.cells[0]?.trim(), r.cells[1]?.trim()]))
    expect(wanted[7]?.cells[1]).toBe('Aide; alimentaire')
  })
})
