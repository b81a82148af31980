import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiRequestError, fetchMetrics, fetchSearch, isNotFound, metricsUrl, organizationsUrl, servicesNearUrl } from '../../../client/src/api/client'

afterEach(() => {
  vi.unstubAllGlobals()
})

function stubFetch(status: number, body: unknown) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }))
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

describe('api client', () => {
  it('builds the metrics query of the contract, on the same origin', () => {
    expect(metricsUrl({ level: 'mrc', category: 'all', from: '2024-10', to: '2025-09' })).toBe(
      '/api/metrics?level=mrc&category=all&from=2024-10&to=2025-09',
    )
  })

  it('returns the JSON body', async () => {
    const fetchMock = stubFetch(200, { level: 'mrc', category: 'food', from: '2025-01', to: '2025-12', k: 10, rows: [] })
    const metrics = await fetchMetrics({ level: 'mrc', category: 'food', from: '2025-01', to: '2025-12' })
    expect(metrics.k).toBe(10)
    expect(fetchMock).toHaveBeenCalledOnce()
  })

  it('raises the server error message and code', async () => {
    stubFetch(400, { error: { code: 'bad_category', message: 'Unknown category: foo' } })
    const failure = fetchMetrics({ level: 'mrc', category: 'foo', from: '2025-01', to: '2025-12' })
    await expect(failure).rejects.toBeInstanceOf(ApiRequestError)
    await expect(failure).rejects.toMatchObject({ status: 400, code: 'bad_category', message: 'Unknown category: foo' })
  })

  it('raises a plain HTTP error when the body is not the JSON error shape', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>Bad gateway</html>', { status: 502 })))
    await expect(fetchMetrics({ level: 'mrc', category: 'all', from: '2025-01', to: '2025-12' })).rejects.toMatchObject({ status: 502, code: null })
  })
})

describe('api client: map layers and search', () => {
  it('leaves absent filters out of the metrics URL and adds outcome and channel when set', () => {
    expect(metricsUrl({ level: 'mrc', category: 'all', from: '2025-01', to: '2025-12', outcome: null, channel: null })).toBe(
      '/api/metrics?level=mrc&category=all&from=2025-01&to=2025-12',
    )
    expect(metricsUrl({ level: 'mrc', category: 'all', from: '2025-01', to: '2025-12', outcome: 'unmet', channel: '211' })).toBe(
      '/api/metrics?level=mrc&category=all&from=2025-01&to=2025-12&outcome=unmet&channel=211',
    )
  })

  it('asks for services near a full postal code, an FSA or a point, by top-level category', () => {
    expect(servicesNearUrl({ postalCode: 'j1x 3w2' }, 'food.bank', 8)).toBe('/api/services/near?postal_code=J1X3W2&category=food&limit=8')
    expect(servicesNearUrl({ postalCode: 'J1X' }, 'all', 5)).toBe('/api/services/near?fsa=J1X&limit=5')
    expect(servicesNearUrl({ lon: -72.1, lat: 45.3 }, 'all', 5)).toBe('/api/services/near?lon=-72.10000&lat=45.30000&limit=5')
  })

  it('omits "all" from the organizations query and writes the bbox', () => {
    expect(organizationsUrl({ category: 'all', limit: 5000 })).toBe('/api/organizations?limit=5000')
    expect(organizationsUrl({ category: 'food', limit: 10, bbox: [-74, 45, -73.5, 45.75] })).toBe('/api/organizations?limit=10&category=food&bbox=-74.000%2C45.000%2C-73.500%2C45.750')
  })

  it('tells a missing endpoint (404) from other failures', async () => {
    stubFetch(404, { error: { code: 'not_found', message: 'no such endpoint' } })
    const error = await fetchSearch('sherbrooke', 5).catch((e: unknown) => e)
    expect(isNotFound(error)).toBe(true)
    expect(isNotFound(new ApiRequestError('x', 500, null))).toBe(false)
  })
})
