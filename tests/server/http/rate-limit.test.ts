import express from 'express'
import { listen } from '../../support/listen'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rateLimit, tokenBuckets } from '../../../server/http/rate-limit'

describe('token buckets', () => {
  it('allows a burst of `capacity`, then refills at capacity per minute', () => {
    const buckets = tokenBuckets(3)
    expect([0, 0, 0].map(() => buckets.take('a', 0))).toEqual([0, 0, 0])
    expect(buckets.take('a', 0)).toBe(20) // one token every 20 s
    expect(buckets.take('a', 20_000)).toBe(0)
    // Another client has its own bucket.
    expect(buckets.take('b', 0)).toBe(0)
  })
})

describe('rate limiting over HTTP', () => {
  let served: Awaited<ReturnType<typeof listen>>
  let url: string
  beforeAll(async () => {
    const app = express()
    app.use(rateLimit(5))
    app.get('/x', (_req, res) => {
      res.json({ ok: true })
    })
    served = await listen(app)
    url = `${served.url}/x`
  })
  afterAll(() => served?.close())

  it('answers 429 with Retry-After and a JSON error past the limit', async () => {
    const statuses: number[] = []
    const responses: Response[] = []
    for (let i = 0; i < 7; i++) responses.push(await fetch(url))
    for (const response of responses) statuses.push(response.status)
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429])
    const last = responses[6] as Response
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(((await last.json()) as { error: { code: string } }).error.code).toBe('rate_limited')
  })
})
