/**
 * The requests a map session makes, as path generators for the load driver: metrics for every level ×
 * category × usual period, vector tiles around the cities, nearest services and territory profiles.
 * Built from what the server under test holds (its data span, categories and territories).
 */
import { monthOfIsoWeek } from '../core/domain/iso-week'
import { Random } from '../etl/demo/random'

/** Where people live, for tiles and origins: Montréal, Québec, Gatineau, Sherbrooke, Saguenay, Trois-Rivières. */
const CITIES: [number, number][] = [[-73.6, 45.52], [-71.25, 46.82], [-75.7, 45.45], [-71.9, 45.4], [-71.07, 48.42], [-72.55, 46.35]]

/** The levels benchmarked: the default map level and the finest. */
const LEVELS = ['mrc', 'neighbourhood']

/** The periods a user picks: each month, each quarter, each calendar year, the last 12 months. */
export function usualPeriods(first: string, last: string): [string, string][] {
  const months: string[] = []
  for (let d = new Date(`${first}-01T00:00:00Z`); d.toISOString().slice(0, 7) <= last; d.setUTCMonth(d.getUTCMonth() + 1)) months.push(d.toISOString().slice(0, 7))
  const periods: [string, string][] = months.map((m) => [m, m])
  for (const m of months) {
    const month = Number(m.slice(5))
    if (month % 3 === 1 && months.includes(`${m.slice(0, 5)}${String(month + 2).padStart(2, '0')}`)) periods.push([m, `${m.slice(0, 5)}${String(month + 2).padStart(2, '0')}`])
    if (month === 1 && months.includes(`${m.slice(0, 4)}-12`)) periods.push([m, `${m.slice(0, 4)}-12`])
  }
  if (months.length >= 12) periods.push([months[months.length - 12] as string, last])
  return periods
}

function monthsBetween(from: string, to: string): number {
  return (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5)) - Number(from.slice(5))
}

export interface Traffic {
  /** Every metrics query of the levels × all and the top categories × usual periods (a finite set). */
  metricsPaths: string[]
  requestsStored: number
  metrics(): string
  /** A random tile of zoom 5–12 around a city. */
  tile(): string
  /** The 10 services of a random category nearest a random point around a city (never cached). */
  near(): string
  /** The profile of a random MRC or neighbourhood over a year (a calendar year or the last 12 months). */
  profile(): string
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`GET ${url}: ${response.status} ${await response.text()}`)
  return (await response.json()) as T
}

/** Reads the server at `url` and returns its traffic, random but reproducible from `seed`. */
export async function trafficFor(url: string, seed = 42): Promise<Traffic> {
  const meta = await getJson<{ requests: { count: number; first_week: string; last_week: string } }>(`${url}/api/meta`)
  const categories = (await getJson<{ id: string; parent_id: string | null }[]>(`${url}/api/categories`)).filter((c) => c.parent_id === null).map((c) => c.id)
  const periods = usualPeriods(monthOfIsoWeek(meta.requests.first_week).slice(0, 7), monthOfIsoWeek(meta.requests.last_week).slice(0, 7))
  const territories: number[] = []
  for (const level of LEVELS) {
    const collection = await getJson<{ features: { properties: { id: number } }[] }>(`${url}/api/territories?level=${level}`)
    territories.push(...collection.features.map((f) => f.properties.id))
  }
  // A profile shows a monthly trend, so it is read over a year far more than over a month.
  const yearly = periods.filter(([from, to]) => monthsBetween(from, to) >= 11)
  const metricsPaths: string[] = []
  for (const level of LEVELS) for (const category of ['all', ...categories]) for (const [from, to] of periods) metricsPaths.push(`/api/metrics?level=${level}&category=${category}&from=${from}&to=${to}`)

  const seeded = new Random(seed)
  const random = () => seeded.next()
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T
  return {
    metricsPaths,
    requestsStored: meta.requests.count,
    metrics: () => pick(metricsPaths),
    tile() {
      const [lon, lat] = pick(CITIES)
      const z = 5 + Math.floor(random() * 8)
      const jitter = 2 / 2 ** (z - 5)
      const x = Math.floor(((lon + (random() - 0.5) * jitter + 180) / 360) * 2 ** z)
      const latRad = ((lat + (random() - 0.5) * jitter) * Math.PI) / 180
      const y = Math.floor(((1 - Math.log(Math.tan(latRad) + 1 / Math.cos(latRad)) / Math.PI) / 2) * 2 ** z)
      return `/api/tiles/${pick(LEVELS)}/${z}/${x}/${y}.mvt`
    },
    near() {
      const [lon, lat] = pick(CITIES)
      return `/api/services/near?lon=${(lon + (random() - 0.5) * 0.4).toFixed(4)}&lat=${(lat + (random() - 0.5) * 0.3).toFixed(4)}&category=${pick(categories)}&limit=10`
    },
    profile() {
      const [from, to] = pick(yearly)
      return `/api/territories/${pick(territories)}/profile?from=${from}&to=${to}`
    },
  }
}

/** Requests every metrics path once, `parallel` at a time, as a day of use would: the server then answers them from its cache. */
export async function warmMetrics(url: string, traffic: Traffic, parallel = 4): Promise<void> {
  let next = 0
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < traffic.metricsPaths.length) {
        const path = traffic.metricsPaths[next++] as string
        const response = await fetch(url + path)
        await response.arrayBuffer()
        if (!response.ok) throw new Error(`warm-up: GET ${path} answered ${response.status}`)
      }
    }),
  )
}
