import { afterEach, describe, expect, it, vi } from 'vitest'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.resetModules()
})

const collection = { type: 'FeatureCollection', features: [] }

describe('loadTerritories', () => {
  it('fetches the geometry of a level once', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify(collection), { status: 200 }))
    vi.stubGlobal('fetch', fetchMock)
    const { loadTerritories } = await import('../../../client/src/api/territory-cache')
    await loadTerritories('mrc')
    await loadTerritories('mrc')
    await loadTerritories('region')
    expect(fetchMock).toHaveBeenCalledTimes(2)
  })

  it('retries after a failure instead of caching it', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(new Response('{}', { status: 500 }))
      .mockResolvedValueOnce(new Response(JSON.stringify(collection), { status: 200 }))
    vi.stubGlobal('fetch', fetchMock)
    const { loadTerritories } = await import('../../../client/src/api/territory-cache')
    await expect(loadTerritories('mrc')).rejects.toThrow()
    await expect(loadTerritories('mrc')).resolves.toEqual(collection)
  })
})

describe('territoriesAtOnce', () => {
  it('has nothing before the geometry arrives, then the loaded level', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(collection), { status: 200 })))
    const { loadTerritories, territoriesAtOnce } = await import('../../../client/src/api/territory-cache')
    expect(territoriesAtOnce('mrc')).toBeUndefined()
    await loadTerritories('mrc')
    expect(territoriesAtOnce('mrc')).toEqual(collection)
  })
})
