/** GET /metrics (Prometheus) and the last load in GET /api/health. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HealthResponse } from '../../core/api/types'
import type { Database } from '../../core/db/database'
import { getJson, serveApi, type TestServer } from '../support/api-server'
import { backends } from '../support/databases'
import { preparedDatabase } from '../support/prepared'
import { parsePrometheusText, samplesOf, type Sample } from '../support/prometheus-text'

describe.each(backends())('observability on $name', (backend) => {
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

  const scrape = async (): Promise<{ samples: Sample[]; type: string | null; text: string }> => {
    const response = await fetch(`${server.url}/metrics`)
    expect(response.status).toBe(200)
    const text = await response.text()
    return { samples: parsePrometheusText(text), type: response.headers.get('content-type'), text }
  }

  it('GET /api/health gives the time the last load finished', async () => {
    const { body } = await getJson<HealthResponse>(server, '/api/health')
    const [row] = await db.query<{ last: string }>(`SELECT max(finished_at) AS last FROM import_log WHERE status = 'succeeded'`)
    expect(row?.last).toMatch(/^\d{4}-\d\d-\d\dT/)
    expect(body.last_import).toBe(row?.last)
    expect(Date.now() - Date.parse(body.last_import as string)).toBeLessThan(30 * 60_000)
  })

  it('serves the Prometheus text format with the process metrics and the data state', async () => {
    const { samples, type } = await scrape()
    expect(type).toMatch(/^text\/plain; version=0\.0\.4/)
    for (const name of ['process_cpu_user_seconds_total', 'process_resident_memory_bytes', 'nodejs_heap_size_used_bytes', 'nodejs_eventloop_lag_seconds']) {
      expect(samplesOf(samples, name), name).toHaveLength(1)
    }
    expect(samplesOf(samples, 'lacunes_database_up')[0]?.value).toBe(1)
    expect(samplesOf(samples, 'lacunes_info', { version: 'test', db: backend.name })[0]?.value).toBe(1)
    const [{ n }] = (await db.query<{ n: number }>(`SELECT count(*) AS n FROM import_log WHERE status = 'succeeded'`)) as [{ n: number }]
    expect(samplesOf(samples, 'lacunes_data_loads')[0]?.value).toBe(n)
    const { body } = await getJson<HealthResponse>(server, '/api/health')
    expect((samplesOf(samples, 'lacunes_last_import_timestamp_seconds')[0]?.value ?? 0) * 1000).toBeCloseTo(Date.parse(body.last_import as string), -1)
  })

  it('counts and times requests by route template and status, errors included', async () => {
    await fetch(`${server.url}/api/territories?level=region`)
    await fetch(`${server.url}/api/tiles/region/5/9/11.mvt`)
    await fetch(`${server.url}/api/tiles/region/5/9/12.mvt`)
    // An error thrown in a route reaches the app's error handler after Express has left the /api router.
    await fetch(`${server.url}/api/territories?level=nowhere`)
    await fetch(`${server.url}/api/no/such/endpoint`)
    const { samples } = await scrape()
    const count = (route: string, status: string) => samplesOf(samples, 'lacunes_http_requests_total', { method: 'GET', route, status })[0]?.value
    expect(count('/api/territories', '200')).toBe(1)
    expect(count('/api/territories', '400')).toBe(1)
    expect(count('/api/tiles/:level/:z/:x/:file', '200')! + (count('/api/tiles/:level/:z/:x/:file', '204') ?? 0)).toBe(2)
    expect(count('(none)', '404')).toBeGreaterThanOrEqual(1)
    const buckets = samplesOf(samples, 'lacunes_http_request_duration_seconds_bucket', { route: '/api/territories', status: '200' })
    expect(buckets.length).toBeGreaterThan(5)
    expect(buckets.find((b) => b.labels.le === '+Inf')?.value).toBe(1)
    expect(samplesOf(samples, 'lacunes_http_request_duration_seconds_sum', { route: '/api/territories', status: '200' })[0]?.value).toBeGreaterThan(0)
    const queries = samplesOf(samples, 'lacunes_db_query_duration_seconds_count', { operation: 'query', outcome: 'ok' })[0]?.value
    expect(queries).toBeGreaterThan(2)
  })

  it('keeps the number of series bounded whatever paths clients send', async () => {
    const before = samplesOf((await scrape()).samples, 'lacunes_http_requests_total').length
    await Promise.all(
      Array.from({ length: 200 }, (_, i) => fetch(`${server.url}/api/tiles/region/${i % 23}/${i}/${i}.mvt`).then((r) => r.arrayBuffer())),
    )
    await Promise.all(Array.from({ length: 100 }, (_, i) => fetch(`${server.url}/api/random-${i}/x`).then((r) => r.arrayBuffer())))
    const { samples, text } = await scrape()
    expect(text).not.toMatch(/random-\d|\/region\/\d/)
    // 200, 204, 400 for tiles at most: no series per path.
    expect(samplesOf(samples, 'lacunes_http_requests_total').length - before).toBeLessThanOrEqual(4)
  })
})
