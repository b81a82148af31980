import { afterEach, describe, expect, it, vi } from 'vitest'
import type { TerritoryCollection } from '../../../core/api/types'
import { runSearch } from '../../../client/src/search/run-search'

afterEach(() => {
  vi.unstubAllGlobals()
})

const loaded: TerritoryCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [[[-72, 45], [-71, 45], [-71, 46], [-72, 45]]] },
      properties: { id: 60, code: '43', name: 'Sherbrooke', level: 'mrc', parent_id: 5, population: 170000 },
    },
  ],
}

function stubFetch(status: number, body: unknown) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })))
}

describe('runSearch', () => {
  it('returns the server hits when /api/search exists', async () => {
    const hit = { kind: 'municipality', territory_id: 637, level: 'municipality', label: 'Sherbrooke', lon: -71.9, lat: 45.4, bbox: null }
    stubFetch(200, { hits: [hit] })
    expect(await runSearch('sherb', [loaded], 5)).toEqual({ hits: [hit], localOnly: false })
  })

  it('falls back to loaded names and postal codes when the server has no search (404), and says so', async () => {
    stubFetch(404, { error: { code: 'not_found', message: 'no such endpoint' } })
    const names = await runSearch('sherb', [loaded], 5)
    expect(names.localOnly).toBe(true)
    expect(names.hits.map((hit) => hit.territory_id)).toEqual([60])
    const postal = await runSearch('j1x3w2', [loaded], 5)
    expect(postal.hits[0]).toMatchObject({ kind: 'postal_code', label: 'J1X 3W2', territory_id: null })
  })

  it('lets other failures through', async () => {
    stubFetch(500, { error: { code: 'internal', message: 'boom' } })
    await expect(runSearch('sherb', [loaded], 5)).rejects.toMatchObject({ status: 500 })
  })
})
