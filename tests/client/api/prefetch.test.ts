import { afterEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_VIEW } from '../../../client/src/state/view-state'

afterEach(() => {
  vi.unstubAllGlobals()
  vi.resetModules()
})

const META = { requests: { count: 100, first_week: '2024-W01', last_week: '2025-W40' } }

/** A fetch that answers every URL with a JSON body naming it, and /api/meta with META. */
function stubFetch() {
  const fetchMock = vi.fn(async (url: string) => new Response(JSON.stringify(url === '/api/meta' ? META : { url }), { status: 200 }))
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

describe('prefetchFirstView', () => {
  it('asks for the first view at once, and for its metrics as soon as /api/meta gives the period', async () => {
    const fetchMock = stubFetch()
    const { prefetchFirstView } = await import('../../../client/src/api/prefetch')
    const { fetchMetrics, fetchMeta, metricsUrl } = await import('../../../client/src/api/client')
    const view = { ...DEFAULT_VIEW, level: 'mrc', category: 'food' }
    prefetchFirstView(view, (period) => metricsUrl({ level: view.level, category: view.category, ...period }))
    const urls = () => fetchMock.mock.calls.map(([url]) => url)
    expect(urls()).toEqual(expect.arrayContaining(['/api/meta', '/api/categories', '/api/levels', '/api/territories?level=region', '/api/territories?level=mrc']))
    // 2025-W40 ends in October 2025: the 12 months to it.
    await vi.waitFor(() => expect(urls()).toContain('/api/metrics?level=mrc&category=food&from=2024-11&to=2025-10'))

    // The page's own requests take the pending answers instead of asking again.
    const calls = fetchMock.mock.calls.length
    expect(await fetchMeta()).toEqual(META)
    expect(await fetchMetrics({ level: 'mrc', category: 'food', from: '2024-11', to: '2025-10' })).toEqual({ url: '/api/metrics?level=mrc&category=food&from=2024-11&to=2025-10' })
    expect(fetchMock.mock.calls.length).toBe(calls)

    // Taken once: a later request goes to the network again.
    await fetchMeta()
    expect(fetchMock.mock.calls.length).toBe(calls + 1)
  })

  it('asks for the metrics of an explicit period without waiting for /api/meta', async () => {
    const fetchMock = stubFetch()
    const { prefetchFirstView } = await import('../../../client/src/api/prefetch')
    const { metricsUrl } = await import('../../../client/src/api/client')
    const view = { ...DEFAULT_VIEW, level: 'region', period: { from: '2025-01', to: '2025-03' } }
    prefetchFirstView(view, (period) => metricsUrl({ level: view.level, category: view.category, ...period }))
    const urls = fetchMock.mock.calls.map(([url]) => url)
    expect(urls).toContain('/api/metrics?level=region&category=all&from=2025-01&to=2025-03')
    expect(urls.filter((url) => url.startsWith('/api/territories'))).toEqual(['/api/territories?level=region'])
  })

  it('hands over an answer already read without waiting, once, and never a failed one', async () => {
    const fetchMock = vi.fn(async (url: string) =>
      url === '/api/levels' ? new Response('{}', { status: 503 }) : new Response(JSON.stringify(url === '/api/meta' ? META : { url }), { status: 200 }),
    )
    vi.stubGlobal('fetch', fetchMock)
    const { prefetchFirstView, takePrefetched, takePrefetchedBody } = await import('../../../client/src/api/prefetch')
    prefetchFirstView({ ...DEFAULT_VIEW, level: 'mrc' }, () => '/api/metrics?level=mrc')
    // Nothing has arrived yet: the caller must wait (and the answer stays for it).
    expect(takePrefetchedBody('/api/categories')).toBeUndefined()
    await vi.waitFor(() => expect(takePrefetchedBody('/api/territories?level=mrc')).toEqual({ url: '/api/territories?level=mrc' }))
    // Taken: neither the body nor the response is handed over twice.
    expect(takePrefetchedBody('/api/territories?level=mrc')).toBeUndefined()
    expect(takePrefetched('/api/territories?level=mrc')).toBeUndefined()
    // A failed answer is never handed over as data: its response stays, for the caller to report the error.
    await vi.waitFor(() => expect(takePrefetchedBody('/api/categories')).toEqual({ url: '/api/categories' }))
    expect(takePrefetchedBody('/api/levels')).toBeUndefined()
    expect((await takePrefetched('/api/levels'))?.status).toBe(503)
  })
})
