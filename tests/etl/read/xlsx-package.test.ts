/**
 * The .xlsx package is read by its zip directory: the order of the parts in the file does not matter.
 * exceljs's streaming reader lost the parts after the first sheet in about one read in 500 (see
 * xlsx-package.ts), so these tests read the same workbook with its parts in several orders.
 */
import ExcelJS from 'exceljs'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTable } from '../../../etl/read/open-table'
import { openXlsxPackage, partName } from '../../../etl/read/xlsx-package'
import { collect, scratch } from './helpers'

const tmp = scratch()
let original: Buffer

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('Notes', { state: 'hidden' }).addRow(['caché'])
  const calls = workbook.addWorksheet('Appels')
  calls.addRow(['Besoin', 'Date', 'Municipalité'])
  calls.addRow(['Aide alimentaire', new Date(Date.UTC(2025, 0, 15)), 'Sherbrooke'])
  calls.addRow(['Logement', new Date(Date.UTC(2025, 1, 3)), 'Magog'])
  calls.getColumn(2).numFmt = 'yyyy-mm-dd'
  original = Buffer.from(await workbook.xlsx.writeBuffer())
})
afterAll(() => tmp.cleanup())

/** The same package with its parts stored in the order `order` gives their names. */
async function reordered(name: string, order: (names: string[]) => string[]): Promise<string> {
  const source = await JSZip.loadAsync(original)
  const names = Object.keys(source.files).filter((n) => !source.files[n]?.dir)
  const target = new JSZip()
  for (const part of order(names)) target.file(part, await source.file(part)!.async('uint8array'))
  return tmp.write(name, await target.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }))
}

const ORDERS: Record<string, (names: string[]) => string[]> = {
  'as exceljs writes it (sheets before the workbook and its shared strings)': (names) => names,
  'reversed': (names) => [...names].reverse(),
  'workbook first, shared strings and styles last': (names) => [
    ...names.filter((n) => n === 'xl/workbook.xml'),
    ...names.filter((n) => n !== 'xl/workbook.xml' && !/sharedStrings|styles/.test(n)),
    ...names.filter((n) => /sharedStrings|styles/.test(n)),
  ],
}

describe('xlsx package', () => {
  for (const [label, order] of Object.entries(ORDERS)) {
    it(`reads the first visible sheet with its shared strings and date styles, parts ${label}`, async () => {
      const file = await reordered(`${label.length}.xlsx`, order)
      const source = await openTable(file, { kind: 'requests' })
      expect(source.details).toMatchObject({ sheet: 'Appels' })
      const rows = await collect(source)
      expect(rows).toEqual([
        { line: 2, values: { Besoin: 'Aide alimentaire', Date: '2025-01-15', Municipalité: 'Sherbrooke' } },
        { line: 3, values: { Besoin: 'Logement', Date: '2025-02-03', Municipalité: 'Magog' } },
      ])
    })
  }

  it('lists the sheets in tab order with their state and part, and closes', async () => {
    const book = await openXlsxPackage(tmp.write('book.xlsx', original))
    try {
      expect(book.sheets).toEqual([
        { name: 'Notes', state: 'hidden', part: 'xl/worksheets/sheet1.xml' },
        { name: 'Appels', state: 'visible', part: 'xl/worksheets/sheet2.xml' },
      ])
    } finally {
      book.close()
    }
  })

  it('refuses a zip without a workbook part', async () => {
    const zip = new JSZip()
    zip.file('word/document.xml', '<w:document/>')
    const file = tmp.write('lettre.xlsx', await zip.generateAsync({ type: 'uint8array' }))
    await expect(openTable(file, { kind: 'requests' })).rejects.toThrow(/lettre\.xlsx: not a valid Excel workbook \(\.xlsx\): it has no xl\/workbook\.xml/)
  })

  it('resolves relationship targets relative to xl/ or from the package root', () => {
    expect(partName('worksheets/sheet1.xml')).toBe('xl/worksheets/sheet1.xml')
    expect(partName('/xl/worksheets/Feuil1.xml')).toBe('xl/worksheets/Feuil1.xml')
    expect(partName('../xl/worksheets/sheet2.xml')).toBe('xl/worksheets/sheet2.xml')
  })
})
