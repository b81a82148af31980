import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import { afterAll, describe, expect, it } from 'vitest'
import { detectFormat, openTable } from '../../../etl/read/open-table'
import { collect, fixture, scratch } from './helpers'

const tmp = scratch()
afterAll(() => tmp.cleanup())

describe('openTable chooses the reader', () => {
  it('by extension and, for .json, by content', async () => {
    expect(await detectFormat(fixture('requests-211-fr.csv'))).toBe('csv')
    expect(await detectFormat(fixture('requests-tab.tsv'))).toBe('csv')
    expect(await detectFormat(fixture('organizations.geojson'))).toBe('geojson')
    expect(await detectFormat(tmp.write('points.json', readFileSync(fixture('organizations.geojson'))))).toBe('geojson')
    expect(await detectFormat(fixture('hsds-services.json'))).toBe('hsds')
    expect(await detectFormat(fixture('hsds-package'))).toBe('hsds')
    expect(await detectFormat(fixture('hsds-package/datapackage.json'))).toBe('hsds')
  })

  it('by content when the extension says nothing', async () => {
    expect(await detectFormat(tmp.write('export', 'a;b\n1;2\n'))).toBe('csv')
    expect(await detectFormat(tmp.write('export-json', '  [{"id": "s", "organization": {"id": "o"}}]'))).toBe('hsds')
  })

  it('by --format, whatever the extension', async () => {
    const path = tmp.write('calls.dat', 'Besoin|Ville\nLogement|Laval\n')
    const source = await openTable(path, { kind: 'requests', format: 'csv' })
    expect(source.details.delimiter).toBe('pipe (|)')
    expect(await collect(source)).toEqual([{ line: 2, values: { Besoin: 'Logement', Ville: 'Laval' } }])
  })

  it('reads the first visible sheet of a workbook by default', async () => {
    const book = new ExcelJS.Workbook()
    book.addWorksheet('Config', { state: 'hidden' }).addRow(['cachée'])
    const sheet = book.addWorksheet('Organismes')
    sheet.addRow(["Nom de l'organisme", 'Ville', 'Capacité'])
    sheet.addRow(['Moisson Estrie', 'Sherbrooke', 120])
    const path = `${tmp.dir}/organismes.xlsx`
    await book.xlsx.writeFile(path)
    const source = await openTable(path, { kind: 'organizations' })
    expect(source.details.sheet).toBe('Organismes')
    expect(await collect(source)).toEqual([{ line: 2, values: { "Nom de l'organisme": 'Moisson Estrie', Ville: 'Sherbrooke', Capacité: '120' } }])
  })
})
