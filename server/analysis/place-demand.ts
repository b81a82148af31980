/** Demand and unmet demand per generalized place for a category and period, from place_count. */
import { namedQuery } from '../../core/db/named-query'
import type { AppContext } from '../context'

/** One place's counts in the period, and before it (for publishing along time, publish-count.ts). */
export interface PlaceDemand {
  place_id: number
  demand: number
  unmet: number
  demand_before: number
  unmet_before: number
}

/** What to count: a top-level category or `all`, and months YYYY-MM (inclusive). */
export interface DemandPeriod {
  category: string
  from: string
  to: string
}

/** Every place with requests up to the end of the period (including places with none in it), by id. */
export function loadPlaceDemand({ db }: AppContext, { category, from, to }: DemandPeriod): Promise<PlaceDemand[]> {
  return db.query<PlaceDemand>(namedQuery('demand/place-counts'), [category, `${from}-01`, `${to}-01`])
}
