import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Category, HealthResponse, Level, MetricsResponse, TerritoryCollection } from '../../core/api/types'
import type { Database } from '../../core/db/database'
import { getJson as get, serveApi, type TestServer } from '../support/api-server'
import { backends } from '../support/databases'
import { preparedDatabase } from '../support/prepared'

describe.each(backends())('HTTP API on $name', (backend) => {
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

  it('GET /api/health names the backend', async () => {
    const { status, body } = await get<HealthResponse>(server, '/api/health')
    expect(status).toBe(200)
    expect(body).toMatchObject({ status: 'ok', db: backend.name, version: 'test' })
    expect(body.db_latency_ms).toBeGreaterThanOrEqual(0)
  })

  it('GET /api/levels lists the built-in levels with their counts', async () => {
    const { body } = await get<Level[]>(server, '/api/levels')
    expect(body.map((l) => l.id)).toEqual(['region', 'mrc', 'municipality', 'neighbourhood'])
    expect(body.find((l) => l.id === 'mrc')).toMatchObject({ territory_count: 104, population: 9_058_297, geometry: 'polygon', parent_level: 'region' })
  })

  it('GET /api/categories gives the bilingual two-level taxonomy', async () => {
    const { body } = await get<Category[]>(server, '/api/categories')
    const tops = body.filter((c) => c.parent_id === null)
    expect(tops.map((c) => c.id)).toContain('housing')
    expect(tops[0]?.id).toBe('housing')
    expect(tops).toHaveLength(16)
    expect(body.find((c) => c.id === 'food.bank')).toMatchObject({ parent_id: 'food', label_fr: 'Dépannage alimentaire', label_en: 'Food bank' })
  })

  it('GET /api/territories?level=mrc returns the 104 MRCs as GeoJSON with 8.9–9.2 million people', async () => {
    const { status, body, headers } = await get<TerritoryCollection>(server, '/api/territories?level=mrc')
    expect(status).toBe(200)
    expect(headers.get('content-type')).toMatch(/application\/geo\+json/)
    expect(body.type).toBe('FeatureCollection')
    expect(new Set(body.features.map((f) => f.properties.code)).size).toBe(104)
    const population = body.features.reduce((sum, f) => sum + (f.properties.population ?? 0), 0)
    expect(population).toBeGreaterThanOrEqual(8_900_000)
    expect(population).toBeLessThanOrEqual(9_200_000)
    const feature = body.features[0]
    expect(Object.keys(feature?.properties ?? {}).sort()).toEqual(['code', 'id', 'level', 'name', 'parent_id', 'population'])
    expect(['Polygon', 'MultiPolygon']).toContain(feature?.geometry.type)
  })

  it('answers 304 to a client that already has the territories', async () => {
    const first = await get(server, '/api/territories?level=region')
    const etag = first.headers.get('etag')
    expect(etag).toBeTruthy()
    const second = await fetch(`${server.url}/api/territories?level=region`, { headers: { 'if-none-match': etag as string } })
    expect(second.status).toBe(304)
  })

  it('serves municipalities as points (no open municipal polygons)', async () => {
    const { body } = await get<TerritoryCollection>(server, '/api/territories?level=municipality')
    expect(body.features).toHaveLength(1281)
    expect(body.features.every((f) => f.geometry.type === 'Point')).toBe(true)
  })

  it('rejects an unknown level with a 400 naming the parameter', async () => {
    const { status, body } = await get<{ error: { code: string; message: string } }>(server, '/api/territories?level=county')
    expect(status).toBe(400)
    expect(body.error.code).toBe('invalid_parameter')
    expect(body.error.message).toMatch(/^level: unknown level "county"/)
  })

  it('GET /api/metrics gives demand per 1,000 inhabitants for every MRC', async () => {
    const { status, body } = await get<MetricsResponse>(server, '/api/metrics?level=mrc&category=all&from=2025-01&to=2025-12')
    expect(status).toBe(200)
    expect(body).toMatchObject({ level: 'mrc', category: 'all', from: '2025-01', to: '2025-12', k: 10 })
    expect(body.rows).toHaveLength(104)
    const shown = body.rows.filter((r) => !r.suppressed && r.demand !== null && r.demand > 0)
    expect(shown.length).toBeGreaterThan(80)
    // Access (E2SFCA) is known for every MRC with people, and the gap wherever its two components are.
    expect(body.rows.filter((r) => r.access !== null).length).toBeGreaterThanOrEqual(103)
    for (const row of body.rows) {
      expect(row.access === null || (Number.isFinite(row.access) && row.access >= 0)).toBe(true)
      expect(row.gap === null).toBe(row.demand_rate === null || row.access === null)
    }
    for (const row of shown) {
      expect(row.demand_rate).toBeCloseTo(((row.demand as number) / (row.population as number)) * 1000, 9)
      expect(row.unmet_share === null || (row.unmet_share >= 0 && row.unmet_share <= 1)).toBe(true)
    }
  })

  it('never publishes a count between 1 and k−1, nor a rate computed from it', async () => {
    const { body } = await get<MetricsResponse>(server, '/api/metrics?level=neighbourhood&category=disability&from=2025-06&to=2025-06')
    const suppressed = body.rows.filter((r) => r.suppressed)
    expect(suppressed.length).toBeGreaterThan(0)
    for (const row of suppressed) expect([row.demand, row.demand_rate, row.unmet, row.unmet_share]).toEqual([null, null, null, null])
    for (const row of body.rows) {
      for (const count of [row.demand, row.unmet]) if (count !== null) expect(count === 0 || (count >= body.k && count % 5 === 0)).toBe(true)
    }
  })

  it('category=all sums the categories, within the rounding to base 5 of each published figure', async () => {
    const all = (await get<MetricsResponse>(server, '/api/metrics?level=region&category=all&from=2025-01&to=2025-12')).body
    const tops = (await get<Category[]>(server, '/api/categories')).body.filter((c) => c.parent_id === null)
    const perCategory = await Promise.all(tops.map((c) => get<MetricsResponse>(server, `/api/metrics?level=region&category=${c.id}&from=2025-01&to=2025-12`)))
    const montreal = all.rows.find((r) => r.name === 'Montréal')
    const sum = perCategory.reduce((total, r) => total + (r.body.rows.find((row) => row.name === 'Montréal')?.demand ?? 0), 0)
    // Each published count is rounded to base 5 (at most 2 off each), so the sum may differ by 2 per figure.
    expect(montreal?.demand).toBeGreaterThan(1000)
    expect(Math.abs((montreal?.demand ?? 0) - sum)).toBeLessThanOrEqual(2 * (tops.length + 1))
  })

  it.each([
    ['/api/metrics', /^level: /],
    ['/api/metrics?level=mrc&from=2025-13&to=2025-12', /^from: must be a month YYYY-MM/],
    ['/api/metrics?level=mrc&from=2025-12&to=2025-01', /^from: 2025-12 is after to: 2025-01/],
    ['/api/metrics?level=mrc&category=pizza', /^category: unknown category "pizza"/],
    ['/api/metrics?level=mrc&outcome=maybe', /^outcome: /],
  ])('GET %s is a 400 naming the bad parameter', async (path, message) => {
    const { status, body } = await get<{ error: { code: string; message: string } }>(server, path)
    expect(status).toBe(400)
    expect(body.error.message).toMatch(message)
  })

  it('serves its OpenAPI description', async () => {
    const { status, body } = await get<{ openapi: string; paths: Record<string, unknown> }>(server, '/api/openapi.json')
    expect(status).toBe(200)
    expect(body.openapi).toBe('3.1.0')
    expect(body.paths['/api/metrics']).toBeDefined()
  })

  it('answers unknown API paths with a JSON 404', async () => {
    const { status, body } = await get<{ error: { code: string } }>(server, '/api/nothing-here')
    expect(status).toBe(404)
    expect(body.error.code).toBe('not_found')
  })

  it('says the data is synthetic and where it comes from', async () => {
    const { body } = await get<{ synthetic: boolean; requests: { count: number }; sources: unknown[] }>(server, '/api/meta')
    expect(body.synthetic).toBe(true)
    expect(body.requests.count).toBe(30_000)
    expect(body.sources.length).toBeGreaterThan(3)
  })

  it('answers 60 concurrent requests correctly', async () => {
    const paths = ['/api/health', '/api/levels', '/api/metrics?level=mrc&category=food&from=2025-01&to=2025-06', '/api/territories?level=region']
    const responses = await Promise.all(Array.from({ length: 60 }, (_, i) => fetch(server.url + paths[i % paths.length])))
    expect(responses.map((r) => r.status)).toEqual(Array(60).fill(200))
  })
})
