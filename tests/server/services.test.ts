import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiError, Category, OrganizationCollection, ServicesNearResponse } from '../../core/api/types'
import type { Database } from '../../core/db/database'
import { namedQuery } from '../../core/db/named-query'
import { getJson as get, serveApi, type TestServer } from '../support/api-server'
import { backends } from '../support/databases'
import { preparedDatabase } from '../support/prepared'

/** Magog, in the Estrie (FSA J1X). */
const MAGOG = { lon: -72.143, lat: 45.266 }

describe.each(backends())('services and organizations on $name', (backend) => {
  let db: Database
  let server: TestServer
  let categories: Category[]
  beforeAll(async () => {
    db = await preparedDatabase(backend)
    server = await serveApi(db)
    categories = (await get<Category[]>(server, '/api/categories')).body
  })
  afterAll(async () => {
    await server?.close()
    await db?.close()
  })

  describe('GET /api/services/near', () => {
    it('lists the nearest food services from a Magog postal code, nearest first, from the FSA centroid', async () => {
      const { status, body, headers } = await get<ServicesNearResponse>(server, '/api/services/near?postal_code=J1X3W2&category=food&limit=10')
      expect(status).toBe(200)
      expect(headers.get('cache-control')).toBe('no-store')
      expect(headers.get('etag')).toBeNull()
      expect(body.origin).toMatchObject({ kind: 'postal_code', precision: 'fsa', fsa: 'J1X' })
      expect(Math.abs(body.origin.lon - MAGOG.lon)).toBeLessThan(0.3)
      expect(Math.abs(body.origin.lat - MAGOG.lat)).toBeLessThan(0.3)
      expect(body.category).toBe('food')
      expect(body.results).toHaveLength(10)
      const distances = body.results.map((r) => r.distance_m)
      expect(distances).toEqual([...distances].sort((a, b) => a - b))
      expect(distances.every((d) => Number.isInteger(d) && d >= 0)).toBe(true)
      // Food help exists in and around Magog and Sherbrooke: the 10th is well within 60 km.
      expect(distances[9]).toBeLessThan(60_000)
      for (const result of body.results) {
        expect(result.categories).toContain('food')
        expect(Object.keys(result).sort()).toEqual([
          'address', 'categories', 'city', 'distance_m', 'geocode_precision', 'lat', 'lon', 'organization_name', 'postal_code',
          'service_id', 'service_name', 'synthetic',
        ])
        expect(typeof result.synthetic).toBe('boolean')
      }
      // One row per service at a location.
      const keys = body.results.map((r) => `${r.service_id}@${r.lon},${r.lat}`)
      expect(new Set(keys).size).toBe(keys.length)
    })

    it('gives exact distances in metres, in the same order as a brute-force geodesic sort', async () => {
      const { body } = await get<ServicesNearResponse>(server, '/api/services/near?fsa=J1X&category=food&limit=20')
      const expected = await db.query<{ d: number }>(
        `SELECT d FROM (
           SELECT DISTINCT service_at_location_id,
             round(ST_Distance(geom::geography, ST_SetSRID(ST_MakePoint($1, $2), 4326)::geography))::integer AS d
           FROM service_point WHERE category_id = 'food') AS brute
         ORDER BY d LIMIT 20`,
        [body.origin.lon, body.origin.lat],
      )
      expect(body.results.map((r) => r.distance_m)).toEqual(expected.map((r) => r.d))
    })

    it('never puts the full postal code of the requester in the answer', async () => {
      for (const form of ['J1X3W2', 'j1x 3w2', 'J1X-3W2']) {
        const { status, text } = await get(server, `/api/services/near?postal_code=${encodeURIComponent(form)}`)
        expect(status).toBe(200)
        expect(text.toUpperCase()).not.toMatch(/J1X[\s-]?3W2/)
      }
      const bad = await get(server, '/api/services/near?postal_code=J1X3W')
      expect(bad.status).toBe(400)
      expect(bad.text).not.toContain('J1X3W')
    })

    it('uses a postal code the user loaded, saying so', async () => {
      await db.query(`INSERT INTO postal_code (code, centroid, source) VALUES ('J1X 3W2', ST_SetSRID(ST_MakePoint($1, $2), 4326), 'test')`, [MAGOG.lon, MAGOG.lat])
      try {
        const { body, text } = await get<ServicesNearResponse>(server, '/api/services/near?postal_code=J1X3W2&category=food')
        expect(body.origin).toEqual({ kind: 'postal_code', precision: 'postal_code', lon: MAGOG.lon, lat: MAGOG.lat, fsa: 'J1X' })
        expect(body.results).toHaveLength(10)
        expect(text).not.toMatch(/J1X ?3W2/)
      } finally {
        await db.query(`DELETE FROM postal_code WHERE code = 'J1X 3W2'`)
      }
    })

    it('starts from a point and filters by a child category mapped to its parent', async () => {
      const child = categories.find((c) => c.parent_id === 'food')
      expect(child).toBeDefined()
      const { status, body } = await get<ServicesNearResponse>(server, `/api/services/near?lon=${MAGOG.lon}&lat=${MAGOG.lat}&category=${child?.id}&limit=5`)
      expect(status).toBe(200)
      expect(body.origin).toEqual({ kind: 'coordinates', precision: 'coordinates', lon: MAGOG.lon, lat: MAGOG.lat, fsa: null })
      expect(body.category).toBe('food')
      expect(body.results).toHaveLength(5)
      expect(body.results.every((r) => r.categories.includes('food'))).toBe(true)
    })

    it('filters by category, and takes any category when none is given', async () => {
      const [any, housing] = await Promise.all([
        get<ServicesNearResponse>(server, '/api/services/near?fsa=J1X&limit=50'),
        get<ServicesNearResponse>(server, '/api/services/near?fsa=J1X&category=housing&limit=50'),
      ])
      expect(any.body.category).toBeNull()
      expect(any.body.results).toHaveLength(50)
      expect(housing.body.results.length).toBeGreaterThan(0)
      expect(housing.body.results.every((r) => r.categories.includes('housing'))).toBe(true)
      expect(new Set(any.body.results.flatMap((r) => r.categories)).size).toBeGreaterThan(1)
      // The nearest of any category is no farther than the nearest housing service.
      expect(any.body.results[0]?.distance_m).toBeLessThanOrEqual(housing.body.results[0]?.distance_m ?? Infinity)
    })

    it('finds candidates with the KNN index on location', async () => {
      const plan = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${namedQuery('api/services-near')}`, [MAGOG.lon, MAGOG.lat, 'food', 10])
      const text = plan.map((row) => Object.values(row)[0]).join('\n')
      expect(text).toMatch(/Index Scan using location_geom_idx/)
      expect(text).toMatch(/Order By: \((l\.)?geom <->/)
    })

    it.each([
      ['', 'postal_code, fsa, lon/lat'],
      ['?postal_code=J1X3W2&fsa=J1X', 'postal_code, fsa, lon/lat'],
      ['?fsa=J1X&lon=-72&lat=45', 'postal_code, fsa, lon/lat'],
      ['?postal_code=nope', 'postal_code'],
      ['?fsa=J1', 'fsa'],
      ['?lon=-72.1', 'lat'],
      ['?lat=45.2', 'lon'],
      ['?lon=-100&lat=45', 'lon'],
      ['?lon=-72&lat=70', 'lat'],
      ['?lon=abc&lat=45', 'lon'],
      ['?fsa=J1X&category=snacks', 'category'],
      ['?fsa=J1X&limit=0', 'limit'],
      ['?fsa=J1X&limit=51', 'limit'],
      ['?fsa=J1X&limit=ten', 'limit'],
    ])('answers 400 naming the parameter for %s', async (query, parameter) => {
      const { status, body } = await get<ApiError>(server, `/api/services/near${query}`)
      expect(status).toBe(400)
      expect(body.error.code).toBe('invalid_parameter')
      expect(body.error.message.startsWith(`${parameter}:`)).toBe(true)
    })

    it('answers 404 for an FSA it does not know', async () => {
      for (const query of ['fsa=X0X', 'postal_code=X0X0X0']) {
        const { status, body } = await get<ApiError>(server, `/api/services/near?${query}`)
        expect(status).toBe(404)
        expect(body.error.code).toBe('not_found')
        expect(body.error.message).toMatch(/X0X/)
        expect(body.error.message).not.toMatch(/0X0/)
      }
    })
  })

  describe('GET /api/organizations', () => {
    it('returns GeoJSON points with the organization properties', async () => {
      const { status, body, headers } = await get<OrganizationCollection>(server, '/api/organizations')
      expect(status).toBe(200)
      expect(headers.get('content-type')).toMatch(/application\/geo\+json/)
      expect(headers.get('cache-control')).toMatch(/max-age/)
      expect(body.type).toBe('FeatureCollection')
      const [{ n }] = (await db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM location
        WHERE geom && ST_MakeEnvelope(-80, 44, -57, 63, 4326)`)) as [{ n: number }]
      expect(body.features).toHaveLength(Math.min(n, 2000))
      expect(body.truncated).toBe(n > 2000)
      const feature = body.features[0]
      expect(feature?.type).toBe('Feature')
      expect(feature?.geometry.type).toBe('Point')
      expect(feature?.geometry.coordinates).toHaveLength(2)
      expect(Object.keys(feature?.properties ?? {}).sort()).toEqual([
        'address', 'alternate_name', 'city', 'id', 'name', 'postal_code', 'precision', 'services', 'source', 'synthetic', 'website',
      ])
      const withServices = body.features.find((f) => f.properties.services.length > 0)
      expect(Object.keys(withServices?.properties.services[0] ?? {}).sort()).toEqual(['categories', 'id', 'name'])
      expect(new Set(body.features.map((f) => f.id)).size).toBe(body.features.length)
    })

    it('filters by bbox, category and limit', async () => {
      const box = [-72.6, 45.0, -71.6, 45.6]
      const { body } = await get<OrganizationCollection>(server, `/api/organizations?bbox=${box.join(',')}`)
      expect(body.features.length).toBeGreaterThan(0)
      for (const feature of body.features) {
        const [lon, lat] = feature.geometry.coordinates
        expect(lon).toBeGreaterThanOrEqual(box[0] as number)
        expect(lon).toBeLessThanOrEqual(box[2] as number)
        expect(lat).toBeGreaterThanOrEqual(box[1] as number)
        expect(lat).toBeLessThanOrEqual(box[3] as number)
      }
      const food = await get<OrganizationCollection>(server, `/api/organizations?bbox=${box.join(',')}&category=food`)
      expect(food.body.features.length).toBeGreaterThan(0)
      expect(food.body.features.length).toBeLessThan(body.features.length)
      for (const feature of food.body.features) {
        expect(feature.properties.services.length).toBeGreaterThan(0)
        expect(feature.properties.services.every((s) => s.categories.includes('food'))).toBe(true)
      }
      const limited = await get<OrganizationCollection>(server, `/api/organizations?bbox=${box.join(',')}&limit=2`)
      expect(limited.body.features).toHaveLength(2)
      expect(limited.body.truncated).toBe(true)
    })

    it('finds organizations by a name fragment, ignoring case and accents', async () => {
      const [row] = await db.query<{ name: string }>(`SELECT name FROM organization WHERE name ~ '[éèàçô]' ORDER BY name LIMIT 1`)
      expect(row).toBeDefined()
      const name = row?.name ?? ''
      const accented = name.search(/[éèàçô]/)
      const fragment = name.slice(Math.max(0, accented - 3), accented + 4)
      const plain = fragment.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase()
      const { status, body } = await get<OrganizationCollection>(server, `/api/organizations?q=${encodeURIComponent(plain)}`)
      expect(status).toBe(200)
      expect(body.features.length).toBeGreaterThan(0)
      expect(body.features.some((f) => f.properties.name === name)).toBe(true)
      const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
      expect(body.features.every((f) => fold(f.properties.name).includes(fold(fragment)))).toBe(true)
      const none = await get<OrganizationCollection>(server, '/api/organizations?q=zzzqqqxxx')
      expect(none.body.features).toEqual([])
    })

    it('answers 304 to a client that already has the answer', async () => {
      const first = await fetch(`${server.url}/api/organizations?category=food&limit=50`)
      const etag = first.headers.get('etag')
      expect(first.status).toBe(200)
      expect(etag).toBeTruthy()
      const second = await fetch(`${server.url}/api/organizations?category=food&limit=50`, { headers: { 'if-none-match': etag as string } })
      expect(second.status).toBe(304)
      const other = await fetch(`${server.url}/api/organizations?category=food&limit=51`, { headers: { 'if-none-match': etag as string } })
      expect(other.status).toBe(200)
    })

    it.each([
      ['bbox=1,2,3', 'bbox'],
      ['bbox=-72,46,-73,47', 'bbox'],
      ['bbox=-72,46,-71,abc', 'bbox'],
      ['bbox=-72,46,-71,Infinity', 'bbox'],
      ['category=snacks', 'category'],
      ['limit=0', 'limit'],
      ['limit=5001', 'limit'],
      [`q=${'a'.repeat(101)}`, 'q'],
    ])('answers 400 naming the parameter for %s', async (query, parameter) => {
      const { status, body } = await get<ApiError>(server, `/api/organizations?${query}`)
      expect(status).toBe(400)
      expect(body.error.code).toBe('invalid_parameter')
      expect(body.error.message.startsWith(`${parameter}:`)).toBe(true)
    })
  })
})
