import { request } from 'node:http'
import { gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiError } from '../../core/api/types'
import type { Database } from '../../core/db/database'
import { openApiDocument } from '../../server/openapi'
import { getJson, serveApi, type TestServer } from '../support/api-server'
import { backends, type Backend } from '../support/databases'
import { preparedDatabase } from '../support/prepared'
import { decodeTile, type DecodedFeature, type DecodedLayer } from '../support/vector-tile'

const EXTENT = 4096
const BUFFER = 64
const PROPERTIES = ['code', 'id', 'level', 'name', 'parent_id', 'population']

/** z5 tile over southern Quebec: lon -78.75 to -67.5, lat 41 to 48.9 (Montreal, Quebec City, Estrie, Gaspé west). */
const SOUTHERN_QUEBEC = { z: 5, x: 9, y: 11 }
/** z10 tile over the west of the island of Montreal and Laval. */
const MONTREAL_WEST = { z: 10, x: 301, y: 366 }
/** z12 tile holding the whole of Hochelaga, a Montreal neighbourhood. */
const HOCHELAGA = { z: 12, x: 1211, y: 1464 }
/** z9 tile holding the same neighbourhood. */
const HOCHELAGA_Z9 = { z: 9, x: 151, y: 183 }

interface Tile {
  z: number
  x: number
  y: number
}

interface Fetched {
  status: number
  headers: Headers
  /** The body as sent on the wire. */
  wire: Buffer
  /** The body, gunzipped when it was sent gzipped. */
  bytes: Buffer
}

async function getTile(server: TestServer, level: string, tile: Tile, headers: Record<string, string> = { 'accept-encoding': 'gzip' }): Promise<Fetched> {
  // Node's fetch would gunzip on its own and hide what was sent; read the raw body instead.
  return new Promise((resolve, reject) => {
    const req = request(`${server.url}/api/tiles/${level}/${tile.z}/${tile.x}/${tile.y}.mvt`, { headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const wire = Buffer.concat(chunks)
        const responseHeaders = new Headers()
        for (const [name, value] of Object.entries(res.headers)) if (typeof value === 'string') responseHeaders.set(name, value)
        const bytes = res.headers['content-encoding'] === 'gzip' ? gunzipSync(wire) : wire
        resolve({ status: res.statusCode ?? 0, headers: responseHeaders, wire, bytes })
      })
    })
    req.on('error', reject)
    req.end()
  })
}

async function territoriesLayer(server: TestServer, level: string, tile: Tile): Promise<DecodedLayer> {
  const { status, bytes } = await getTile(server, level, tile)
  expect(status).toBe(200)
  const layers = decodeTile(bytes)
  expect(Object.keys(layers)).toEqual(['territories'])
  return layers.territories as DecodedLayer
}

/** The buffered tile in lon/lat, to ask the database independently which territories it touches. */
const TILE_AREA = `ST_Transform(ST_TileEnvelope($2, $3, $4, margin => ${BUFFER}.0 / ${EXTENT}), 4326)`

function vertices(feature: DecodedFeature): { x: number; y: number }[] {
  return feature.geometry.flat()
}

function bbox(feature: DecodedFeature): [number, number, number, number] {
  const points = vertices(feature)
  return [Math.min(...points.map((p) => p.x)), Math.min(...points.map((p) => p.y)), Math.max(...points.map((p) => p.x)), Math.max(...points.map((p) => p.y))]
}

interface Served {
  backend: Backend
  db: Database
  server: TestServer
}

const available = backends()
const served = new Map<string, Served>()

beforeAll(async () => {
  for (const backend of available) {
    const db = await preparedDatabase(backend, false)
    served.set(backend.name, { backend, db, server: await serveApi(db) })
  }
})

afterAll(async () => {
  for (const { db, server } of served.values()) {
    await server.close()
    await db.close()
  }
})

describe.each(available)('GET /api/tiles on $name', (backend) => {
  const ctx = () => served.get(backend.name) as Served

  it('serves the MRCs of southern Quebec as one `territories` layer, exactly the MRCs the database says touch the tile', async () => {
    const { server, db } = ctx()
    const layer = await territoriesLayer(server, 'mrc', SOUTHERN_QUEBEC)
    expect(layer.version).toBe(2)
    expect(layer.extent).toBe(EXTENT)
    const expected = await db.query<{ id: number; code: string }>(
      `SELECT id, code FROM territory WHERE level_id = $1 AND ST_Intersects(coalesce(geom_display, geom), ${TILE_AREA}) ORDER BY id`,
      ['mrc', SOUTHERN_QUEBEC.z, SOUTHERN_QUEBEC.x, SOUTHERN_QUEBEC.y],
    )
    expect(expected.length).toBeGreaterThan(80)
    expect(layer.features.map((f) => f.id)).toEqual(expected.map((row) => row.id))
    const codes = layer.features.map((f) => f.properties.code)
    // Montreal (66), Quebec City (23) and Sherbrooke (43) are in it; the Magdalen Islands (01) are far east of it.
    expect(codes).toEqual(expect.arrayContaining(['66', '23', '43']))
    expect(codes).not.toContain('01')
  })

  it('gives each feature its territory id and the properties of /api/territories, and nothing else (no counts)', async () => {
    const { server } = ctx()
    const layer = await territoriesLayer(server, 'mrc', SOUTHERN_QUEBEC)
    const { body } = await getJson<{ features: { id: number; properties: Record<string, unknown> }[] }>(server, '/api/territories?level=mrc')
    const byId = new Map(body.features.map((f) => [f.id, f.properties]))
    for (const feature of layer.features) {
      expect(feature.id).toBe(feature.properties.id)
      const expected = Object.fromEntries(Object.entries(byId.get(feature.id as number) ?? {}).filter(([, value]) => value !== null))
      expect(feature.properties).toEqual(expected)
      expect(Object.keys(feature.properties).every((key) => PROPERTIES.includes(key))).toBe(true)
    }
    expect(layer.features.some((f) => typeof f.properties.population === 'number' && typeof f.properties.parent_id === 'number')).toBe(true)
  })

  it.each([
    ['mrc', SOUTHERN_QUEBEC],
    ['region', { z: 0, x: 0, y: 0 }],
    ['neighbourhood', MONTREAL_WEST],
  ])('keeps %s polygons within the extent and its buffer, as valid polygon features', async (level, tile) => {
    const { server } = ctx()
    const layer = await territoriesLayer(server, level, tile)
    expect(layer.features.length).toBeGreaterThan(0)
    for (const feature of layer.features) {
      expect(feature.type).toBe(3)
      for (const { x, y } of vertices(feature)) {
        expect(Number.isInteger(x) && Number.isInteger(y)).toBe(true)
        expect(Math.min(x, y)).toBeGreaterThanOrEqual(-BUFFER)
        expect(Math.max(x, y)).toBeLessThanOrEqual(EXTENT + BUFFER)
      }
    }
  })

  it('serves the municipality level as points, one per municipality in the buffered tile', async () => {
    const { server, db } = ctx()
    const layer = await territoriesLayer(server, 'municipality', SOUTHERN_QUEBEC)
    const [{ n } = { n: 0 }] = await db.query<{ n: number }>(
      `SELECT count(*)::integer AS n FROM territory WHERE level_id = $1 AND centroid && ${TILE_AREA}`,
      ['municipality', SOUTHERN_QUEBEC.z, SOUTHERN_QUEBEC.x, SOUTHERN_QUEBEC.y],
    )
    expect(n).toBeGreaterThan(500)
    expect(layer.features).toHaveLength(n)
    for (const feature of layer.features) {
      expect(feature.type).toBe(1)
      expect(feature.properties.level).toBe('municipality')
      const [x0, y0, x1, y1] = bbox(feature)
      expect(Math.min(x0, y0)).toBeGreaterThanOrEqual(-BUFFER)
      expect(Math.max(x1, y1)).toBeLessThanOrEqual(EXTENT + BUFFER)
    }
  })

  it('draws the display outline below zoom 10 and the full outline from zoom 10', async () => {
    const { server, db } = ctx()
    const [row] = await db.query<{ id: number; display: number }>(
      `SELECT id, ST_NPoints(geom_display) AS display FROM territory WHERE level_id = 'neighbourhood' AND name = 'Hochelaga'`,
    )
    expect(row).toBeDefined()
    const count = async (tile: Tile) => {
      const layer = await territoriesLayer(server, 'neighbourhood', tile)
      const feature = layer.features.find((f) => f.id === row?.id)
      expect(feature).toBeDefined()
      // A decoded ring repeats its first point.
      return (feature as DecodedFeature).geometry.reduce((sum, ring) => sum + ring.length, 0)
    }
    expect(await count(HOCHELAGA_Z9)).toBeLessThanOrEqual(row?.display ?? 0)
    expect(await count(HOCHELAGA)).toBeGreaterThan((row?.display ?? 0) * 2)
  })

  it('sends the tile gzipped when asked, with its content type, cache headers and an ETag, and plain otherwise', async () => {
    const { server } = ctx()
    const zipped = await getTile(server, 'mrc', SOUTHERN_QUEBEC)
    expect(zipped.status).toBe(200)
    expect(zipped.headers.get('content-type')).toBe('application/vnd.mapbox-vector-tile')
    expect(zipped.headers.get('content-encoding')).toBe('gzip')
    expect(zipped.headers.get('vary')).toMatch(/Accept-Encoding/i)
    expect(zipped.headers.get('cache-control')).toBe('public, max-age=3600, must-revalidate')
    expect(zipped.headers.get('etag')).toMatch(/^"[\w-]+"$/)
    const plain = await getTile(server, 'mrc', SOUTHERN_QUEBEC, {})
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(plain.wire.equals(zipped.bytes)).toBe(true)
    expect(zipped.wire.length).toBeLessThan(plain.wire.length * 0.8)
    expect(plain.headers.get('etag')).toBe(zipped.headers.get('etag'))
  })

  it('answers 304 to a client that has the tile, and gives another tile another ETag', async () => {
    const { server } = ctx()
    const first = await getTile(server, 'mrc', SOUTHERN_QUEBEC)
    const etag = first.headers.get('etag') as string
    expect((await getTile(server, 'mrc', SOUTHERN_QUEBEC, { 'if-none-match': etag })).status).toBe(304)
    expect((await getTile(server, 'mrc', SOUTHERN_QUEBEC, { 'if-none-match': `W/${etag}` })).status).toBe(304)
    const other = await getTile(server, 'region', SOUTHERN_QUEBEC, { 'if-none-match': etag })
    expect(other.status).toBe(200)
    expect(other.headers.get('etag')).not.toBe(etag)
  })

  it('answers 204 with no body for a tile where the level has nothing', async () => {
    const { server } = ctx()
    // Zoom 5, tile 0/0: the Arctic Ocean north of Alaska.
    const empty = await getTile(server, 'mrc', { z: 5, x: 0, y: 0 })
    expect(empty.status).toBe(204)
    expect(empty.wire).toHaveLength(0)
    expect(empty.headers.get('cache-control')).toMatch(/max-age/)
  })

  it.each([
    ['nope/5/9/11.mvt', 'level'],
    ['mrc/23/9/11.mvt', 'z'],
    ['mrc/-1/0/0.mvt', 'z'],
    ['mrc/abc/9/11.mvt', 'z'],
    ['mrc/5/32/11.mvt', 'x'],
    ['mrc/5/1.5/11.mvt', 'x'],
    ['mrc/5/9/32.mvt', 'y'],
    ['mrc/0/0/1.mvt', 'y'],
    ['mrc/5/9/11.png', 'format'],
    ['mrc/5/9/11', 'format'],
    ['mrc/5/9/11.mvt.gz', 'format'],
  ])('answers 400 naming the parameter for %s', async (path, parameter) => {
    const { server } = ctx()
    const { status, body } = await getJson<ApiError>(server, `/api/tiles/${path}`)
    expect(status).toBe(400)
    expect(body.error.code).toBe('invalid_parameter')
    expect(body.error.message.startsWith(`${parameter}:`)).toBe(true)
  })
})

describe('tiles on both backends', () => {
  const both = available.length === 2
  const tiles: [string, Tile][] = [
    ['mrc', SOUTHERN_QUEBEC],
    ['region', SOUTHERN_QUEBEC],
    ['municipality', SOUTHERN_QUEBEC],
    ['mrc', { z: 0, x: 0, y: 0 }],
    ['mrc', MONTREAL_WEST],
    ['neighbourhood', MONTREAL_WEST],
    ['neighbourhood', HOCHELAGA],
  ]

  it.skipIf(!both).each(tiles)('gives the same %s features, ids, properties and outlines at %o', async (level, tile) => {
    const [pglite, postgis] = await Promise.all(
      ['pglite', 'postgis'].map(async (name) => territoriesLayer((served.get(name) as Served).server, level, tile)),
    )
    expect(pglite?.features.map((f) => f.id)).toEqual(postgis?.features.map((f) => f.id))
    expect(pglite?.features.map((f) => f.properties)).toEqual(postgis?.features.map((f) => f.properties))
    postgis?.features.forEach((feature, i) => {
      const twin = pglite?.features[i] as DecodedFeature
      expect(twin.type).toBe(feature.type)
      // PostGIS snaps then clips (with snap rounding); PGlite clips then snaps: outlines agree within 2 units.
      bbox(twin).forEach((value, k) => expect(Math.abs(value - (bbox(feature)[k] as number))).toBeLessThanOrEqual(2))
    })
  })

  it('describes the endpoint in the OpenAPI document with its path parameters', () => {
    const doc = openApiDocument() as { paths: Record<string, { get?: { parameters?: { name: string; in: string; required: boolean }[]; responses: Record<string, unknown> } }> }
    const operation = doc.paths['/api/tiles/{level}/{z}/{x}/{y}.mvt']?.get
    expect(operation?.parameters?.map((p) => [p.name, p.in, p.required])).toEqual([
      ['level', 'path', true], ['z', 'path', true], ['x', 'path', true], ['y', 'path', true],
    ])
    expect(Object.keys(operation?.responses ?? {})).toEqual(expect.arrayContaining(['200', '204', '304', '400']))
  })
})
