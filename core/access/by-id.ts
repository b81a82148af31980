/** The engine on records keyed by id (strings), for callers that do not hold integer indexes. */
import { buildCatchments, type CatchmentRule } from './catchments'
import { computeAccess, type AccessOptions } from './e2sfca'
import { ACCESS_FLAGS, AccessInputError, type AccessFlag } from './types'

/** A demand point: a small-area centroid and the population it stands for. */
export interface DemandPoint {
  id: string
  population: number
}

/** A supply site and its capacity (1 when unknown, PRODUCT.md). */
export interface SupplySite {
  id: string
  capacity: number
}

/** A travel cost from a demand point to a site; absent pairs are unreachable. */
export interface CostPair {
  origin: string
  dest: string
  cost: number
}

/** One output row: a demand point's access and flag. */
export interface AccessRow {
  id: string
  access: number
  flag: AccessFlag
}

function indexIds(ids: readonly string[], what: string): Map<string, number> {
  const index = new Map<string, number>()
  ids.forEach((id, k) => {
    if (index.has(id)) throw new AccessInputError(`${what} id "${id}" appears twice`, what === 'demand' ? { demand: k } : { site: k })
    index.set(id, k)
  })
  return index
}

/** E2SFCA on id-keyed records: one row per demand point, in input order. Throws AccessInputError on duplicate or unknown ids. */
export function accessById(demand: readonly DemandPoint[], supply: readonly SupplySite[], costs: readonly CostPair[], options: CatchmentRule & AccessOptions): AccessRow[] {
  const demandIndex = indexIds(demand.map((d) => d.id), 'demand')
  const siteIndex = indexIds(supply.map((s) => s.id), 'supply')
  const origin = new Int32Array(costs.length)
  const dest = new Int32Array(costs.length)
  const cost = new Float64Array(costs.length)
  costs.forEach((pair, p) => {
    const i = demandIndex.get(pair.origin)
    const j = siteIndex.get(pair.dest)
    if (i === undefined) throw new AccessInputError(`cost pair ${p}: origin "${pair.origin}" is not a demand point id`, { pair: p })
    if (j === undefined) throw new AccessInputError(`cost pair ${p}: destination "${pair.dest}" is not a supply site id`, { pair: p })
    origin[p] = i
    dest[p] = j
    cost[p] = pair.cost
  })
  const catchments = buildCatchments(demand.length, supply.length, { origin, dest, cost }, options)
  const result = computeAccess(catchments, demand.map((d) => d.population), supply.map((s) => s.capacity), options)
  return demand.map((d, i) => ({ id: d.id, access: result.access[i]!, flag: ACCESS_FLAGS[result.flagCode[i]!]! }))
}
