/**
 * Recomputes access_value: for each top-level category (and `all`), the E2SFCA access of every demand
 * point from the service points within its catchment, province-wide (a service across an MRC border
 * counts), then the population-weighted mean per territory. A demand point listed in a loaded
 * travel-time table (travel_cost) reaches sites by the minutes listed, within the category's catchment
 * in minutes, and no other site; every other demand point reaches sites by great-circle distance.
 */
import { buildCatchments, computeAccess, costsWithinDistance, defaultRules, defaultTimeRules, FLAG_NO_ACCESS, catchmentRadius, type CostList } from '../../core/access'
import type { Queryable } from '../../core/db/database'
import { namedQuery } from '../../core/db/named-query'
import { ALL_CATEGORIES, TOP_CATEGORY_IDS } from '../../core/domain/categories'
import { csvLine } from './csv-rows'

interface PointRow {
  id: number
  population: number
  lon: number
  lat: number
  urban: boolean
}

interface SiteRow {
  id: string
  category_id: string
  capacity: number
  lon: number
  lat: number
  location_id: string
}

interface TravelRow {
  origin_id: number
  location_id: string
  minutes: number
}

/** Rule classes of buildCatchments: urban and rural by distance (metres), then urban and rural by travel time (minutes). */
const BY_TIME = 2

/** The distance pairs of the points not timed, followed by the listed travel times of the timed ones to the chosen sites. */
function mixedCosts(distance: CostList, timed: Uint8Array, travel: readonly { origin: number; location: string; minutes: number }[], chosen: readonly SiteRow[]): CostList {
  const sitesAt = new Map<string, number[]>()
  chosen.forEach((site, j) => {
    const list = sitesAt.get(site.location_id)
    if (list) list.push(j)
    else sitesAt.set(site.location_id, [j])
  })
  const origin: number[] = []
  const dest: number[] = []
  const cost: number[] = []
  for (let p = 0; p < distance.origin.length; p++) {
    if (timed[distance.origin[p]!]) continue
    origin.push(distance.origin[p]!)
    dest.push(distance.dest[p]!)
    cost.push(distance.cost[p]!)
  }
  for (const pair of travel) {
    for (const j of sitesAt.get(pair.location) ?? []) {
      origin.push(pair.origin)
      dest.push(j)
      cost.push(pair.minutes)
    }
  }
  return { origin: Int32Array.from(origin), dest: Int32Array.from(dest), cost: Float64Array.from(cost) }
}

/** Rewrites access_value inside the caller's transaction. */
export async function refreshAccess(tx: Queryable): Promise<void> {
  const points = await tx.query<PointRow>(namedQuery('access/demand-points'))
  const sites = await tx.query<SiteRow>(namedQuery('access/sites'))
  const memberships = await tx.query<{ point_id: number; territory_id: number }>(namedQuery('access/demand-point-territories'), [points.map((p) => p.id)])
  const pointIndex = new Map(points.map((p, i) => [p.id, i]))
  const demand = { lon: Float64Array.from(points, (p) => p.lon), lat: Float64Array.from(points, (p) => p.lat) }
  const population = Float64Array.from(points, (p) => p.population)
  // Pairs of the travel-time table whose demand point still exists (a stale location simply matches no site).
  const travel = (await tx.query<TravelRow>(namedQuery('access/travel-costs')))
    .map((row) => ({ origin: pointIndex.get(row.origin_id) ?? -1, location: row.location_id, minutes: row.minutes }))
    .filter((pair) => pair.origin >= 0)
  const timed = new Uint8Array(points.length)
  for (const pair of travel) timed[pair.origin] = 1
  const ruleOfDemand = Uint8Array.from(points, (p, i) => (timed[i] ? BY_TIME : 0) + (p.urban ? 0 : 1))

  let rows = ''
  for (const category of [...TOP_CATEGORY_IDS, ALL_CATEGORIES]) {
    // `all` counts each service point once, whatever its categories.
    const chosen = category === ALL_CATEGORIES ? [...new Map(sites.map((s) => [s.id, s])).values()] : sites.filter((s) => s.category_id === category)
    const access = new Float64Array(points.length)
    const flags = new Uint8Array(points.length).fill(FLAG_NO_ACCESS)
    if (chosen.length > 0) {
      const supply = { lon: Float64Array.from(chosen, (s) => s.lon), lat: Float64Array.from(chosen, (s) => s.lat) }
      const radius = Math.max(catchmentRadius(category, 'urban'), catchmentRadius(category, 'rural'))
      const distance = costsWithinDistance(demand, supply, radius)
      const costs = travel.length === 0 ? distance : mixedCosts(distance, timed, travel, chosen)
      const catchments = buildCatchments(points.length, chosen.length, costs, { rules: [...defaultRules(category), ...defaultTimeRules(category)], ruleOfDemand })
      const result = computeAccess(catchments, population, Float64Array.from(chosen, (s) => s.capacity))
      access.set(result.access)
      flags.set(result.flagCode)
    }
    const sums = new Map<number, { weighted: number; population: number; none: number }>()
    for (const { point_id, territory_id } of memberships) {
      const i = pointIndex.get(point_id)
      if (i === undefined) continue
      const sum = sums.get(territory_id) ?? { weighted: 0, population: 0, none: 0 }
      sum.weighted += (population[i] ?? 0) * (access[i] ?? 0)
      sum.population += population[i] ?? 0
      if (flags[i] === FLAG_NO_ACCESS) sum.none += population[i] ?? 0
      sums.set(territory_id, sum)
    }
    for (const [territoryId, sum] of sums) {
      if (sum.population > 0) rows += csvLine([territoryId, category, sum.weighted / sum.population, sum.population, sum.none])
    }
  }
  await tx.query('DELETE FROM access_value')
  await tx.copyCsv('access_value', ['territory_id', 'category_id', 'access', 'population', 'no_access_population'], [rows])
}
