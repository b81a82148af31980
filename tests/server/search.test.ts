import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SearchResponse } from '../../core/api/types'
import type { Database } from '../../core/db/database'
import { getJson as get, serveApi, type TestServer } from '../support/api-server'
import { backends } from '../support/databases'
import { preparedDatabase } from '../support/prepared'

describe.each(backends())('GET /api/search on $name', (backend) => {
  let db: Database
  let server: TestServer
  beforeAll(async () => {
    db = await preparedDatabase(backend, false)
    server = await serveApi(db)
  })
  afterAll(async () => {
    await server?.close()
    await db?.close()
  })

  it('finds an MRC and a municipality by name, accents and case ignored, with an extent for polygons', async () => {
    const { status, body, headers } = await get<SearchResponse>(server, '/api/search?q=memphremagog')
    expect(status).toBe(200)
    expect(headers.get('cache-control')).toBe('no-store')
    const mrc = body.hits.find((h) => h.level === 'mrc')
    expect(mrc).toMatchObject({ kind: 'territory', label: 'Memphrémagog (Estrie)' })
    expect(mrc?.bbox?.[0]).toBeLessThan(mrc?.lon as number)
    const magog = (await get<SearchResponse>(server, '/api/search?q=MAGOG')).body.hits[0]
    expect(magog).toMatchObject({ kind: 'municipality', level: 'municipality', bbox: null })
    expect(magog?.label).toMatch(/^Magog \(/)
  })

  it('expands St/Ste and finds a word inside a name', async () => {
    const { body } = await get<SearchResponse>(server, '/api/search?q=ste-agathe')
    expect(body.hits.some((h) => h.label.startsWith('Sainte-Agathe-des-Monts'))).toBe(true)
    const inside = (await get<SearchResponse>(server, '/api/search?q=agathe')).body
    expect(inside.hits.some((h) => h.label.startsWith('Sainte-Agathe-des-Monts'))).toBe(true)
  })

  it('places a postal code at its FSA without echoing the full code', async () => {
    const { body, text } = await get<SearchResponse>(server, '/api/search?q=j1x%203w2')
    expect(body.hits[0]).toMatchObject({ kind: 'postal_code', label: 'J1X', territory_id: null })
    expect(text).not.toMatch(/3W2/i)
    expect((await get<SearchResponse>(server, '/api/search?q=H2X')).body.hits[0]).toMatchObject({ kind: 'fsa', label: 'H2X' })
  })

  it.each([
    ['/api/search', /^q: /],
    ['/api/search?q=a', /^q: give at least 2 characters/],
    ['/api/search?q=ab&limit=99', /^limit: must be between 1 and 20/],
  ])('GET %s is a 400 naming the parameter', async (path, message) => {
    const { status, body } = await get<{ error: { message: string } }>(server, path)
    expect(status).toBe(400)
    expect(body.error.message).toMatch(message)
  })

  it('answers nothing rather than an error for a name that matches nothing', async () => {
    const { status, body } = await get<SearchResponse>(server, "/api/search?q=zzqx'%20OR%201=1")
    expect(status).toBe(200)
    expect(body.hits).toEqual([])
  })
})
