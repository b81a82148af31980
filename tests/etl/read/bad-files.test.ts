/**
 * The corpus of bad inputs: each must stop with an InputError whose text names the file (and the
 * row / field where there is one) and says what is wrong. File-level problems fail in openTable;
 * row-level problems fail while the rows are read.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, describe, expect, it } from 'vitest'
import { openTable, type OpenTableOptions } from '../../../etl/read/open-table'
import { InputError } from '../../../etl/read/types'
import { collect, cp1252, fixture, scratch } from './helpers'

const tmp = scratch()
afterAll(() => tmp.cleanup())

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])

async function workbook(name: string, rows: unknown[][], sheet = 'Feuil1'): Promise<string> {
  const book = new ExcelJS.Workbook()
  const ws = book.addWorksheet(sheet)
  for (const row of rows) ws.addRow(row)
  const path = join(tmp.dir, name)
  await book.xlsx.writeFile(path)
  return path
}

function hsdsPackage(name: string, files: Record<string, string>): string {
  const dir = join(tmp.dir, name)
  mkdirSync(dir, { recursive: true })
  for (const [file, content] of Object.entries(files)) writeFileSync(join(dir, file), content)
  return dir
}

const HSDS_BASE = {
  'organizations.csv': 'id,name,description\norg-1,Moisson,Banque\n',
  'services.csv': 'id,organization_id,name,status\nsvc-1,org-1,Comptoir,active\nsvc-2,org-1,Livraison,active\n',
  'locations.csv': 'id,location_type,latitude,longitude\nloc-1,physical,45.4,-71.9\n',
}

interface BadCase {
  name: string
  make: () => string | Promise<string>
  options?: Partial<OpenTableOptions>
  error: string
}

const CASES: BadCase[] = [
  // ---- file level
  { name: 'missing file', make: () => join(tmp.dir, 'missing.csv'), error: 'missing.csv: file not found' },
  { name: 'empty file (0 bytes)', make: () => tmp.write('empty.csv', ''), error: 'empty.csv: the file is empty (0 bytes)' },
  { name: 'only blank lines and spaces', make: () => tmp.write('blank.csv', '\r\n   \r\n\t\n'), error: 'blank.csv: the file is empty (only blank lines)' },
  { name: 'header without data rows', make: () => tmp.write('header-only.csv', 'No;Besoin;Ville\r\n;;\r\n\r\n'), error: 'header-only.csv: the file has a header but no data rows' },
  { name: 'a PNG renamed .csv', make: () => tmp.write('logo.csv', PNG), error: 'logo.csv: this is a PNG image, not a CSV text file' },
  {
    name: 'an Excel workbook renamed .csv',
    make: async () => {
      const path = await workbook('real.xlsx', [['a'], ['1']])
      const { readFileSync } = await import('node:fs')
      return tmp.write('export.csv', readFileSync(path))
    },
    error: 'export.csv: this is a ZIP archive (an Excel .xlsx workbook or a zipped folder), not a CSV text file (if it is an Excel workbook, name it .xlsx or use --format xlsx)',
  },
  { name: 'binary data with NUL bytes', make: () => tmp.write('dump.csv', Buffer.from('a;b\n1;\u0000\u0000\u0001x\n', 'latin1')), error: 'dump.csv: this is binary data (it holds NUL or control bytes), not text' },
  { name: 'a PDF named .txt', make: () => tmp.write('rapport.txt', '%PDF-1.7\n1 0 obj\n'), error: 'rapport.txt: this is a PDF document, not a CSV text file' },
  { name: 'a CSV named .xlsx', make: () => tmp.write('fake.xlsx', 'a;b\n1;2\n'), error: 'fake.xlsx: not a valid Excel workbook (.xlsx): the file is text (a CSV? name it .csv or use --format csv)' },
  {
    name: 'a truncated .xlsx',
    make: () => tmp.write('corrupt.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)])),
    error: 'corrupt.xlsx: not a valid Excel workbook (.xlsx)',
  },
  { name: 'an old .xls workbook', make: () => tmp.write('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])), error: 'old.xls: this is an old Excel 97-2003 workbook (.xls): save it as .xlsx or as CSV' },
  { name: 'an .xlsx sheet with a header only', make: () => workbook('vide.xlsx', [['Nom', 'Ville']]), error: 'vide.xlsx: the sheet "Feuil1" has a header but no data rows' },
  { name: 'an .xlsx without the requested sheet', make: () => workbook('orgs.xlsx', [['Nom'], ['x']], 'Organismes'), options: { sheet: 'Feuil2' }, error: 'orgs.xlsx: there is no sheet named "Feuil2"; its sheets are: "Organismes"' },
  { name: 'JSON that does not parse', make: () => tmp.write('broken.geojson', '{\n  "type": "FeatureCollection",\n  "features": [,]\n}'), error: 'broken.geojson: not valid JSON at line 3, column 16: Unexpected token' },
  { name: 'JSON cut short', make: () => tmp.write('cut.json', '[{"id": "svc-1", "organization": {"id": "o"'), error: 'cut.json: not valid JSON at line 1, column' },
  {
    name: 'GeoJSON that is a single Feature',
    make: () => tmp.write('feature.geojson', '{"type": "Feature", "geometry": {"type": "Point", "coordinates": [-71, 45]}, "properties": {}}'),
    error: 'feature.geojson: not a GeoJSON FeatureCollection (found a Feature)',
  },
  {
    name: 'GeoJSON in a projected CRS',
    make: () => tmp.write('mtm.geojson', JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::32198' } }, features: [] })),
    error: 'mtm.geojson: coordinates must be longitude/latitude in WGS84 (EPSG:4326); this file declares the CRS "urn:ogc:def:crs:EPSG::32198"',
  },
  { name: 'GeoJSON without features', make: () => tmp.write('none.geojson', '{"type": "FeatureCollection", "features": []}'), error: 'none.geojson: the FeatureCollection has no features (no data rows)' },
  { name: 'HSDS imported as requests', make: () => fixture('hsds-services.json'), options: { kind: 'requests' }, error: 'hsds-services.json: HSDS describes organizations and services, not requests' },
  { name: 'HSDS package without services.csv', make: () => hsdsPackage('no-services', { 'organizations.csv': HSDS_BASE['organizations.csv'] }), error: 'no-services: the HSDS data package has no services.csv' },
  { name: 'JSON that is not HSDS', make: () => tmp.write('people.json', '[{"nom": "Tremblay"}]'), error: 'people.json, row 1: not HSDS: expected a service' },
  { name: 'an unknown --format', make: () => fixture('requests-211-en.csv'), options: { format: 'shp' as never }, error: 'requests-211-en.csv: unknown format "shp"; use one of: csv, xlsx, geojson, hsds' },
  { name: 'a duplicate column name', make: () => tmp.write('dup.csv', 'No;Ville;Ville\n1;a;b\n'), error: 'dup.csv, row 1, field "Ville": the column name "Ville" appears twice in the header (columns 2 and 3)' },
  { name: 'a --sheet on a CSV', make: () => fixture('requests-211-en.csv'), options: { sheet: 'Feuil1' }, error: 'requests-211-en.csv: --sheet applies to Excel workbooks only, not to csv' },

  // ---- row level
  { name: 'a row with more cells than the header', make: () => tmp.write('extra.csv', 'No;Besoin;Ville\n1;Logement;Laval\n2;Aide alimentaire;Dépannage;Laval\n'), error: 'extra.csv, row 3: this row has 4 cells but the header has 3 columns' },
  { name: 'an unclosed quote', make: () => tmp.write('unclosed.csv', 'No,Note\n1,ok\n2,"pas fermé\n3,x\n'), error: 'unclosed.csv, row 3: a quoted field that starts in this row is never closed' },
  { name: 'text after a closing quote', make: () => tmp.write('after-quote.csv', 'No,Note\n1,"dit "non" au refuge"\n'), error: 'after-quote.csv, row 2: a quoted field is followed by other text before the next delimiter' },
  {
    name: 'UTF-8 then Windows-1252 in the same file',
    make: () => tmp.write('mixed.csv', Buffer.concat([Buffer.from('No;Ville\n1;Québec\n' + '2;Laval\n'.repeat(10_000), 'utf8'), cp1252('3;Lévis\n')])),
    error: 'mixed.csv, row 10003: this row is not valid UTF-8 although earlier rows were: the file mixes encodings',
  },
  {
    name: 'a polygon feature among points',
    make: () =>
      tmp.write(
        'polygons.geojson',
        JSON.stringify({
          type: 'FeatureCollection',
          features: [
            { type: 'Feature', geometry: { type: 'Point', coordinates: [-71.9, 45.4] }, properties: { nom: 'a' } },
            { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }, properties: { nom: 'b' } },
          ],
        }),
      ),
    error: 'polygons.geojson, row 2, field "geometry": geometry must be a Point (found Polygon)',
  },
  {
    name: 'a point without coordinates',
    make: () => tmp.write('nocoords.geojson', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: ['-71', '45'] }, properties: {} }] })),
    error: 'nocoords.geojson, row 1, field "geometry": the Point has no valid [longitude, latitude] coordinates',
  },
  {
    name: 'HSDS JSON: a service_at_location pointing at an unknown location',
    make: () =>
      tmp.write('orgs.json', JSON.stringify([{ id: 'org-1', name: 'X', locations: [{ id: 'loc-1' }], services: [{ id: 'svc-1', name: 'S', service_at_locations: [{ id: 'sal-1', location_id: 'loc-x' }] }] }])),
    error: 'orgs.json, row 1, field "[0].services[0].service_at_locations[0].location_id": unknown location id "loc-x"',
  },
  {
    name: 'HSDS JSON: a service without id',
    make: () => tmp.write('noid.json', JSON.stringify([{ name: 'S', organization: { id: 'o', name: 'O' } }])),
    error: 'noid.json, row 1, field "id": the service has no id',
  },
  {
    name: 'HSDS package: a service_at_location pointing at an unknown location',
    make: () => hsdsPackage('bad-sal', { ...HSDS_BASE, 'service_at_locations.csv': 'id,service_id,location_id\nsal-1,svc-1,loc-1\nsal-2,svc-2,loc-9\n' }),
    error: 'service_at_locations.csv, row 3, field "location_id": unknown location id "loc-9"',
  },
  {
    name: 'HSDS package: a service of an unknown organization',
    make: () => hsdsPackage('bad-org', { ...HSDS_BASE, 'services.csv': 'id,organization_id,name\nsvc-1,org-404,Comptoir\n' }),
    error: 'services.csv, row 2, field "organization_id": unknown organization id "org-404"',
  },
  {
    name: 'HSDS package: an attribute of an unknown taxonomy term',
    make: () => hsdsPackage('bad-term', { ...HSDS_BASE, 'attributes.csv': 'id,link_id,link_entity,taxonomy_term_id\nat-1,svc-1,service,t-1\n', 'taxonomy_terms.csv': 'id,name\nt-2,Food\n' }),
    error: 'attributes.csv, row 2, field "taxonomy_term_id": unknown taxonomy term id "t-1"',
  },
  { name: 'an .xlsx row with values beyond the header', make: () => workbook('wide.xlsx', [['Nom', 'Ville'], ['a', 'b'], ['c', 'd', '', 'e']]), error: 'wide.xlsx, row 3: this row has values in 4 columns but the header has 2' },
]

describe('the corpus of bad files', () => {
  it('has at least 30 distinct cases', () => {
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length)
    expect(CASES.length).toBeGreaterThanOrEqual(30)
  })

  it.each(CASES)('$name → "$error"', async ({ make, options, error }) => {
    const path = await make()
    const attempt = async () => {
      const source = await openTable(path, { kind: 'organizations', ...options })
      await collect(source)
    }
    const failure = await attempt().then(
      () => undefined,
      (e: unknown) => e,
    )
    expect(failure).toBeInstanceOf(InputError)
    expect((failure as Error).message).toContain(error)
  })
})
