/**
 * Optional online geocoding of ORGANIZATIONS' street addresses with a Nominatim-compatible
 * server, only when LACUNES_GEOCODER_URL is set. Never used for requests: a requester's address
 * never leaves the machine (the request pipeline has no address field, and this module only takes
 * an organization's address). Unset, nothing leaves the machine.
 *
 * Politeness and repeatability: one request at a time, at most LACUNES_GEOCODER_RATE per second
 * (default 1, Nominatim's usage policy), User-Agent "Lacunes", a timeout per request, and a
 * persistent JSON-lines cache (LACUNES_DATA_DIR/geocoder-cache.jsonl) holding hits and misses, so
 * importing the same file again sends nothing. Failures (timeout, HTTP error) are not cached.
 */
import { appendFile, mkdir, readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { foldText } from '../normalize/text-key'
import { inServiceArea } from './area'

export interface OrganizationAddress {
  /** Street address ("1234, rue Principale"). */
  address: string
  municipality?: string | null
  postalCode?: string | null
}

export interface GeocodedPoint {
  lon: number
  lat: number
}

export interface NominatimOptions {
  /** Base URL of a Nominatim-compatible service ("https://nominatim.example.org"). */
  baseUrl: string
  /** The JSON-lines cache file. */
  cacheFile: string
  /** Requests per second, at most (default 1). */
  ratePerSecond?: number
  /** Milliseconds before a request is abandoned (default 10,000). */
  timeoutMs?: number
  userAgent?: string
  /** For tests: the fetch to use. */
  fetch?: typeof fetch
}

export interface GeocoderStats {
  /** Answered from the cache. */
  cached: number
  /** HTTP requests sent. */
  requested: number
  /** Requests that failed (timeout, network, HTTP status): not cached, retried on the next import. */
  failed: number
}

const DEFAULT_TIMEOUT_MS = 10_000

interface CacheLine {
  k: string
  lon?: number
  lat?: number
}

export class NominatimGeocoder {
  readonly stats: GeocoderStats = { cached: 0, requested: 0, failed: 0 }
  private readonly cache: Map<string, GeocodedPoint | null>
  private readonly inFlight = new Map<string, Promise<GeocodedPoint | null>>()
  private queue: Promise<unknown> = Promise.resolve()
  private nextSlot = 0
  private readonly intervalMs: number
  private readonly doFetch: typeof fetch

  private constructor(private readonly options: NominatimOptions, cache: Map<string, GeocodedPoint | null>) {
    this.cache = cache
    const rate = options.ratePerSecond ?? 1
    if (!(rate > 0)) throw new Error('the geocoder rate must be a positive number of requests per second')
    this.intervalMs = 1000 / rate
    this.doFetch = options.fetch ?? fetch
  }

  /** Opens a geocoder, reading its cache file if there is one. */
  static async open(options: NominatimOptions): Promise<NominatimGeocoder> {
    const url = new URL(options.baseUrl)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`LACUNES_GEOCODER_URL must be an http(s) URL, not ${url.protocol}`)
    return new NominatimGeocoder(options, await readCache(options.cacheFile))
  }

  /** The point of an organization's street address, or null when the service finds none in the area (or fails). */
  async geocodeOrganizationAddress(address: OrganizationAddress): Promise<GeocodedPoint | null> {
    const key = cacheKey(address)
    if (key === null) return null
    if (this.cache.has(key)) {
      this.stats.cached++
      return this.cache.get(key) ?? null
    }
    let pending = this.inFlight.get(key)
    if (!pending) {
      pending = this.schedule(() => this.request(key, address)).finally(() => this.inFlight.delete(key))
      this.inFlight.set(key, pending)
    }
    return pending
  }

  /** Runs `task` after the previous one, no sooner than the rate allows. */
  private schedule<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(async () => {
      const wait = this.nextSlot - Date.now()
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
      this.nextSlot = Date.now() + this.intervalMs
      return task()
    })
    this.queue = run.catch(() => undefined)
    return run
  }

  private async request(key: string, address: OrganizationAddress): Promise<GeocodedPoint | null> {
    const url = new URL('search', this.options.baseUrl.endsWith('/') ? this.options.baseUrl : `${this.options.baseUrl}/`)
    url.searchParams.set('format', 'jsonv2')
    url.searchParams.set('limit', '1')
    url.searchParams.set('countrycodes', 'ca')
    url.searchParams.set('street', address.address.trim())
    const city = address.municipality?.trim()
    if (city) url.searchParams.set('city', city)
    else if (address.postalCode?.trim()) url.searchParams.set('postalcode', address.postalCode.trim())
    url.searchParams.set('country', 'Canada')
    this.stats.requested++
    let body: unknown
    try {
      const response = await this.doFetch(url, {
        headers: { 'User-Agent': this.options.userAgent ?? 'Lacunes', Accept: 'application/json' },
        signal: AbortSignal.timeout(this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS),
      })
      if (!response.ok) throw new Error(`HTTP ${response.status}`)
      body = await response.json()
    } catch {
      this.stats.failed++
      return null
    }
    const point = firstPoint(body)
    this.cache.set(key, point)
    await mkdir(dirname(this.options.cacheFile), { recursive: true })
    const line: CacheLine = point ? { k: key, lon: point.lon, lat: point.lat } : { k: key }
    await appendFile(this.options.cacheFile, `${JSON.stringify(line)}\n`, 'utf8')
    return point
  }
}

/**
 * The geocoder configured by the environment, or null when LACUNES_GEOCODER_URL is unset (the
 * default: nothing leaves the machine).
 */
export async function streetGeocoderFromEnv(env: NodeJS.ProcessEnv = process.env): Promise<NominatimGeocoder | null> {
  const baseUrl = env.LACUNES_GEOCODER_URL?.trim()
  if (!baseUrl) return null
  const rateText = env.LACUNES_GEOCODER_RATE?.trim()
  const rate = rateText ? Number(rateText) : 1
  if (!(rate > 0)) throw new Error(`LACUNES_GEOCODER_RATE must be a positive number of requests per second, not "${rateText}"`)
  const dataDir = env.LACUNES_DATA_DIR?.trim() || './data'
  return NominatimGeocoder.open({ baseUrl, ratePerSecond: rate, cacheFile: join(dataDir, 'geocoder-cache.jsonl') })
}

/** The cache key of an address: its parts folded, so spacing, case and accents do not re-query. */
export function cacheKey(address: OrganizationAddress): string | null {
  const street = foldText(address.address ?? '')
  if (street === '') return null
  return [street, foldText(address.municipality ?? ''), (address.postalCode ?? '').replace(/\s+/g, '').toUpperCase()].join('|')
}

function firstPoint(body: unknown): GeocodedPoint | null {
  if (!Array.isArray(body) || body.length === 0) return null
  const first = body[0] as { lat?: unknown; lon?: unknown }
  const lat = Number(first.lat)
  const lon = Number(first.lon)
  return Number.isFinite(lat) && Number.isFinite(lon) && inServiceArea(lon, lat) ? { lon, lat } : null
}

async function readCache(file: string): Promise<Map<string, GeocodedPoint | null>> {
  const cache = new Map<string, GeocodedPoint | null>()
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return cache
    throw error
  }
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    try {
      const entry = JSON.parse(line) as CacheLine
      if (typeof entry.k !== 'string') continue
      cache.set(entry.k, typeof entry.lon === 'number' && typeof entry.lat === 'number' ? { lon: entry.lon, lat: entry.lat } : null)
    } catch {
      // A line cut short by an interrupted import: ignored, that address will be asked again.
    }
  }
  return cache
}
