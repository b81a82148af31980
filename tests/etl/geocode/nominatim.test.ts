/** The optional online geocoder against a local HTTP server: nothing here reaches the internet. */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { NominatimGeocoder, cacheKey, streetGeocoderFromEnv } from '../../../etl/geocode/nominatim'

interface Seen {
  url: URL
  userAgent: string | undefined
  at: number
}

let server: Server
let baseUrl: string
let seen: Seen[] = []
let dir: string

function answer(request: IncomingMessage): { status: number; body: unknown; delayMs?: number } {
  const url = new URL(request.url ?? '/', 'http://localhost')
  const street = url.searchParams.get('street') ?? ''
  if (street.includes('lent')) return { status: 200, body: [], delayMs: 500 }
  if (street.includes('erreur')) return { status: 503, body: { error: 'busy' } }
  if (street.includes('Toronto')) return { status: 200, body: [{ lat: '43.65', lon: '-79.38' }] }
  if (street.includes('introuvable')) return { status: 200, body: [] }
  return { status: 200, body: [{ lat: '45.5017', lon: '-73.5673', display_name: 'Montréal' }] }
}

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push({ url: new URL(request.url ?? '/', 'http://localhost'), userAgent: request.headers['user-agent'], at: Date.now() })
    const { status, body, delayMs } = answer(request)
    setTimeout(() => {
      response.writeHead(status, { 'Content-Type': 'application/json' })
      response.end(JSON.stringify(body))
    }, delayMs ?? 0)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})

beforeEach(() => {
  seen = []
  dir = mkdtempSync(join(tmpdir(), 'lacunes-geocoder-'))
  return () => rmSync(dir, { recursive: true, force: true })
})

describe('streetGeocoderFromEnv', () => {
  it('is off unless LACUNES_GEOCODER_URL is set', async () => {
    expect(await streetGeocoderFromEnv({})).toBeNull()
    expect(await streetGeocoderFromEnv({ LACUNES_GEOCODER_URL: '  ' })).toBeNull()
  })

  it('refuses a bad rate and a non-HTTP URL', async () => {
    await expect(streetGeocoderFromEnv({ LACUNES_GEOCODER_URL: baseUrl, LACUNES_GEOCODER_RATE: 'fast' })).rejects.toThrow(/LACUNES_GEOCODER_RATE/)
    await expect(streetGeocoderFromEnv({ LACUNES_GEOCODER_URL: 'file:///etc/passwd' })).rejects.toThrow(/http/)
  })

  it('keeps its cache in LACUNES_DATA_DIR/geocoder-cache.jsonl', async () => {
    const geocoder = await streetGeocoderFromEnv({ LACUNES_GEOCODER_URL: baseUrl, LACUNES_GEOCODER_RATE: '50', LACUNES_DATA_DIR: dir })
    await geocoder!.geocodeOrganizationAddress({ address: '1 rue Principale', municipality: 'Montréal' })
    expect(readFileSync(join(dir, 'geocoder-cache.jsonl'), 'utf8')).toContain('"lon":-73.5673')
  })
})

describe('NominatimGeocoder', () => {
  const open = (options: { ratePerSecond?: number; timeoutMs?: number } = {}) =>
    NominatimGeocoder.open({ baseUrl, cacheFile: join(dir, 'cache.jsonl'), ratePerSecond: options.ratePerSecond ?? 50, timeoutMs: options.timeoutMs })

  it('asks a structured search with User-Agent "Lacunes" and keeps points of the area', async () => {
    const geocoder = await open()
    expect(await geocoder.geocodeOrganizationAddress({ address: '275, rue Notre-Dame Est', municipality: 'Montréal', postalCode: 'H2Y 1C6' }))
      .toEqual({ lon: -73.5673, lat: 45.5017 })
    expect(seen).toHaveLength(1)
    expect(seen[0]!.userAgent).toBe('Lacunes')
    expect(seen[0]!.url.pathname).toBe('/search')
    expect(Object.fromEntries(seen[0]!.url.searchParams)).toMatchObject({
      format: 'jsonv2', street: '275, rue Notre-Dame Est', city: 'Montréal', countrycodes: 'ca', limit: '1',
    })
    expect(await geocoder.geocodeOrganizationAddress({ address: '1 Toronto street' })).toBeNull()
  })

  it('never asks twice for the same address, even across imports (persistent cache, hits and misses)', async () => {
    const first = await open()
    await first.geocodeOrganizationAddress({ address: '1 rue Principale', municipality: 'Magog' })
    await first.geocodeOrganizationAddress({ address: '9 chemin introuvable', municipality: 'Magog' })
    await first.geocodeOrganizationAddress({ address: '1  RUE PRINCIPALE', municipality: 'magog' })
    expect(seen).toHaveLength(2)
    const second = await open()
    expect(await second.geocodeOrganizationAddress({ address: '1 rue Principale', municipality: 'Magog' })).toEqual({ lon: -73.5673, lat: 45.5017 })
    expect(await second.geocodeOrganizationAddress({ address: '9 chemin introuvable', municipality: 'Magog' })).toBeNull()
    expect(seen).toHaveLength(2)
    expect(second.stats).toEqual({ cached: 2, requested: 0, failed: 0 })
  })

  it('sends at most the configured number of requests per second', async () => {
    const geocoder = await open({ ratePerSecond: 10 })
    await Promise.all([1, 2, 3, 4].map((n) => geocoder.geocodeOrganizationAddress({ address: `${n} rue Principale` })))
    expect(seen).toHaveLength(4)
    for (let i = 1; i < seen.length; i++) expect(seen[i]!.at - seen[i - 1]!.at).toBeGreaterThanOrEqual(90)
  })

  it('gives up on a slow or failing server without caching the failure', async () => {
    const geocoder = await open({ timeoutMs: 100 })
    expect(await geocoder.geocodeOrganizationAddress({ address: '1 rue lente' })).toBeNull()
    expect(await geocoder.geocodeOrganizationAddress({ address: '1 rue erreur' })).toBeNull()
    expect(geocoder.stats.failed).toBe(2)
    await geocoder.geocodeOrganizationAddress({ address: '1 rue erreur' })
    expect(geocoder.stats.failed).toBe(3)
  })

  it('ignores an empty address and a damaged cache line', () => {
    expect(cacheKey({ address: '  ' })).toBeNull()
    expect(cacheKey({ address: 'Rue É', municipality: 'Lévis', postalCode: 'g6w 7w9' })).toBe('rue e|levis|G6W7W9')
  })
})
