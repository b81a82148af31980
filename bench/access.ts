/**
 * `npm run bench -- access`: the E2SFCA engine on 15,000 demand points × 8,000 sites over southern
 * Quebec (seeded), with great-circle costs within a radius that gives a few hundred sites per demand
 * point. Times building the catchments and computing access (median of 5 runs), not the generation.
 * Target on the 2-core machine: ≤ 1 s.
 */
import { performance } from 'node:perf_hooks'
import { buildCatchments } from '../core/access/catchments'
import { gaussianDecay } from '../core/access/decay'
import { computeAccess } from '../core/access/e2sfca'
import { costsWithinDistance, type LonLatPoints } from '../core/access/great-circle'
import { Random } from '../etl/demo/random'

const DEMAND = 15_000
const SITES = 8_000
const RADIUS_M = Number(process.env.BENCH_ACCESS_RADIUS ?? 50_000)
const RUNS = 5

/** Population centres of southern Quebec (lon, lat, share of the clustered points, spread in degrees). */
const CENTRES: readonly [number, number, number, number][] = [
  [-73.57, 45.5, 0.3, 0.25], [-71.21, 46.81, 0.12, 0.2], [-75.7, 45.48, 0.08, 0.15], [-71.89, 45.4, 0.06, 0.15],
  [-72.54, 46.35, 0.05, 0.12], [-71.06, 48.43, 0.05, 0.15], [-72.48, 45.88, 0.04, 0.1], [-73.73, 45.95, 0.06, 0.2],
  [-72.95, 45.62, 0.05, 0.15], [-68.52, 48.45, 0.04, 0.15], [-74.6, 46.2, 0.08, 0.35], [-70.5, 46.3, 0.07, 0.35],
]

/** Half the points around population centres (normal spread), half uniform over lon −79.5…−64.5, lat 45…49. */
function generatePoints(n: number, random: () => number): LonLatPoints {
  const lon = new Float64Array(n)
  const lat = new Float64Array(n)
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
  for (let i = 0; i < n; i++) {
    if (random() < 0.5) {
      let pick = random()
      let centre = CENTRES[0]!
      for (const c of CENTRES) {
        centre = c
        if ((pick -= c[2]) < 0) break
      }
      lon[i] = Math.min(-64.5, Math.max(-79.5, centre[0] + gaussian() * centre[3] * 1.4))
      lat[i] = Math.min(49, Math.max(45, centre[1] + gaussian() * centre[3]))
    } else {
      lon[i] = -79.5 + random() * 15
      lat[i] = 45 + random() * 4
    }
  }
  return { lon, lat }
}

/** Runs the access benchmark; returns the problem size and the median engine time in seconds. */
export async function benchAccess(): Promise<{ demand: number; sites: number; pairs: number; seconds: number }> {
  const generator = new Random(2025)
  const random = () => generator.next()
  const demand = generatePoints(DEMAND, random)
  const sites = generatePoints(SITES, random)
  const population = Float64Array.from({ length: DEMAND }, () => Math.round(50 + random() * 5_000))
  const capacity = Float64Array.from({ length: SITES }, () => (random() < 0.2 ? 1 : Math.round(1 + random() * 40)))
  const costs = costsWithinDistance(demand, sites, RADIUS_M)
  const rule = { decay: gaussianDecay(RADIUS_M / 2), maxCost: RADIUS_M }

  const times: number[] = []
  let checksum = 0
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now()
    const result = computeAccess(buildCatchments(DEMAND, SITES, costs, rule), population, capacity)
    times.push((performance.now() - start) / 1000)
    checksum += result.access[0]!
    await new Promise((resolve) => setImmediate(resolve))
  }
  if (!Number.isFinite(checksum)) throw new Error('access benchmark produced a non-finite value')
  times.sort((a, b) => a - b)
  return { demand: DEMAND, sites: SITES, pairs: costs.origin.length, seconds: times[Math.floor(RUNS / 2)]! }
}
