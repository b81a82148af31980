import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiRequestError, fetchMetrics, metricsUrl } from '../../../client/src/api/client'

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
