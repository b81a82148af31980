import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cellText, excelDateText, numberText } from '../../../etl/read/xlsx'
import { openTable } from '../../../etl/read/open-table'
import { collect, scratch } from './helpers'

const tmp = scratch()
let workbookPath = ''

beforeAll(async () => {
  const workbook = new ExcelJS.Workbook()
  const notes = workbook.addWorksheet('Lisez-moi')
  notes.addRow(['Export du logiciel 2-1-1'])
  const calls = workbook.addWorksheet('Appels 2025')
  calls.addRow([])
  calls.addRow(["No d'appel", "Date de l'appel", 'Besoin', 'Code postal', 'Montant', 'Formule', 'Lien', 'Actif', 'Erreur'])
  calls.addRow([
    1001,
    new Date(Date.UTC(2025, 0, 15)),
    { richText: [{ text: 'Aide ' }, { text: 'alimentaire', font: { bold: true } }] },
    'J1H 2B3',
    1234.5,
    { formula: 'A3*2', result: 2002 },
    { text: 'site', hyperlink: 'https://example.org' },
    true,
    { error: '#N/A' },
  ])
  calls.addRow([1002, new Date(Date.UTC(2025, 0, 16, 14, 30)), 'Logement', 'J1X3W2', 0.1 + 0.2, { formula: 'A4*2', result: 2004 }, '', false, ''])
  calls.addRow([])
  calls.addRow([1003, '2025-01-17', '  Transport  ', null, 12345678901, null, null, null, null])
  calls.getColumn(2).numFmt = 'yyyy-mm-dd'
  workbookPath = tmp.write('appels.xlsx', '')
  await workbook.xlsx.writeFile(workbookPath)
})
afterAll(() => tmp.cleanup())

describe('cell values as text', () => {
  it('formats dates, numbers, formulas and rich text without locale', () => {
    expect(excelDateText(new Date(Date.UTC(2025, 2, 4)))).toBe('2025-03-04')
    expect(excelDateText(new Date(Date.UTC(2025, 2, 4, 8, 5, 59, 999)))).toBe('2025-03-04T08:06:00')
    expect(numberText(1234567.5)).toBe('1234567.5')
    expect(numberText(0.1 + 0.2)).toBe('0.3')
    expect(cellText({ formula: 'SUM(A1:A2)', result: 3 })).toBe('3')
    expect(cellText({ sharedFormula: 'A1', result: 'x' })).toBe('x')
    expect(cellText({ richText: [{ text: 'a' }, { text: 'b' }] })).toBe('ab')
    expect(cellText({ error: '#DIV/0!' })).toBe('')
  })
})

describe('XLSX reader', () => {
  it('reads the first sheet by default (here a cover sheet without data: the error names the others)', async () => {
    await expect(openTable(workbookPath, { kind: 'requests' })).rejects.toThrow(
      /appels\.xlsx: the sheet "Lisez-moi" has a header but no data rows; choose another sheet with --sheet \("Appels 2025"\)/,
    )
  })

  it('reads a sheet by name, header = first non-empty row, Excel row numbers', async () => {
    const source = await openTable(workbookPath, { kind: 'requests', sheet: 'appels 2025' })
    expect(source.format).toBe('xlsx')
    expect(source.details).toMatchObject({ sheet: 'Appels 2025', header_row: '2' })
    expect(source.columns).toEqual(["No d'appel", "Date de l'appel", 'Besoin', 'Code postal', 'Montant', 'Formule', 'Lien', 'Actif', 'Erreur'])
    const rows = await collect(source)
    expect(rows.map((r) => r.line)).toEqual([3, 4, 6])
    expect(rows[0]?.values).toEqual({
      "No d'appel": '1001',
      "Date de l'appel": '2025-01-15',
      Besoin: 'Aide alimentaire',
      'Code postal': 'J1H 2B3',
      Montant: '1234.5',
      Formule: '2002',
      Lien: 'site',
      Actif: 'TRUE',
      Erreur: '',
    })
    expect(rows[1]?.values).toMatchObject({ "Date de l'appel": '2025-01-16T14:30:00', Montant: '0.3', Formule: '2004', Actif: 'FALSE' })
    expect(rows[2]?.values).toMatchObject({ "Date de l'appel": '2025-01-17', Besoin: 'Transport', 'Code postal': '', Montant: '12345678901' })
  })

  it('lists the sheet names when the sheet does not exist', async () => {
    await expect(openTable(workbookPath, { kind: 'requests', sheet: 'Appels 2024' })).rejects.toThrow(
      /appels\.xlsx: there is no sheet named "Appels 2024"; its sheets are: "Lisez-moi", "Appels 2025"/,
    )
  })
})
