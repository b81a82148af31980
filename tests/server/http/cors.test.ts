import express from 'express'
import { listen } from '../../support/listen'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cors } from '../../../server/http/cors'

describe('CORS allow-list', () => {
  let served: Awaited<ReturnType<typeof listen>>
  let url: string
  beforeAll(async () => {
    const app = express()
    app.use(cors(['https://carte.exemple.org']))
    app.get('/x', (_req, res) => {
      res.json({ ok: true })
    })
    served = await listen(app)
    url = `${served.url}/x`
  })
  afterAll(() => served?.close())

  it('allows a listed origin', async () => {
    const response = await fetch(url, { headers: { origin: 'https://carte.exemple.org' } })
    expect(response.headers.get('access-control-allow-origin')).toBe('https://carte.exemple.org')
    expect(response.headers.get('vary')).toMatch(/Origin/)
  })

  it('gives no CORS header to any other origin', async () => {
    const response = await fetch(url, { headers: { origin: 'https://evil.example' } })
    expect(response.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('answers a preflight with 204', async () => {
    const response = await fetch(url, { method: 'OPTIONS', headers: { origin: 'https://carte.exemple.org', 'access-control-request-method': 'POST' } })
    expect(response.status).toBe(204)
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/)
  })
})
