/**
 * GET /api/suggest-sites: where `count` new service points (or mobile-team stops) would reach the most
 * unmet demand of a category in a period. Candidates are the centres of the H3 resolution-7 cells that
 * hold demand, or the municipalities' points; PostGIS finds the demand places within each candidate's
 * catchment (suggest-sites/coverage.sql) and a greedy maximal covering picks among them (max-cover.ts).
 * Every unmet request counts: its need was not served, whatever supply lies nearby.
 */
import { cellToLatLng } from 'h3-js'
import { Router } from 'express'
import { z } from 'zod'
import { catchmentRadius } from '../../core/access'
import type { SuggestedSite, SuggestSitesResponse } from '../../core/api/types'
import { namedQuery } from '../../core/db/named-query'
import type { AppContext } from '../context'
import { sendJson } from '../http/cached-json'
import { parseQuery } from '../http/validate'
import { greedyMaxCover } from '../analysis/max-cover'
import { placeCells } from '../analysis/place-cells'
import { loadPlaceDemand } from '../analysis/place-demand'
import { publishCount } from '../privacy/publish-count'
import { month, resolveMetricsParams } from './metrics-data'

/** The resolution of H3 candidates: cells about 5 km² (edge 1.2 km), finer than any catchment. */
export const CANDIDATE_CELL_RESOLUTION = 7

export const suggestSitesQuery = z.object({
  level: z.string().min(1, 'required'),
  category: z.string().default('all'),
  count: z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be an integer')
    .transform(Number)
    .refine((value) => value >= 1 && value <= 10, 'must be between 1 and 10')
    .default(3),
  from: month.optional(),
  to: month.optional(),
  candidates: z.enum(['h3', 'municipality']).default('h3'),
})

interface Candidate {
  id: string
  lon: number
  lat: number
}

interface Query {
  level: string
  category: string
  from: string
  to: string
  count: number
  candidates: 'h3' | 'municipality'
}

/** Centres of the resolution-7 cells holding demand of the period, by cell index. */
async function cellCandidates(context: AppContext, placesWithDemand: readonly number[]): Promise<Candidate[]> {
  const cellOf = await placeCells(context, CANDIDATE_CELL_RESOLUTION)
  const cells = new Set<string>()
  for (const id of placesWithDemand) {
    const cell = cellOf.get(id)
    if (cell !== undefined) cells.add(cell)
  }
  return [...cells].sort().map((id) => {
    const [lat, lon] = cellToLatLng(id)
    return { id, lon, lat }
  })
}

/** The picks of a resolved query, published. */
export async function loadSuggestedSites(context: AppContext, query: Query): Promise<SuggestSitesResponse> {
  const { db, config } = context
  const k = config.LACUNES_K
  const places = await loadPlaceDemand(context, query)
  const unmetPlaces = places.filter((place) => place.unmet > 0)
  const candidates =
    query.candidates === 'h3'
      ? await cellCandidates(context, places.filter((place) => place.demand > 0).map((place) => place.place_id))
      : (await db.query<{ code: string; lon: number; lat: number }>(namedQuery('suggest-sites/municipalities'))).map((m) => ({ id: m.code, lon: m.lon, lat: m.lat }))
  const urban = catchmentRadius(query.category, 'urban')
  const rural = catchmentRadius(query.category, 'rural')

  const covers: number[][] = candidates.map(() => [])
  if (unmetPlaces.length > 0 && candidates.length > 0) {
    const indexOfPlace = new Map(unmetPlaces.map((place, i) => [place.place_id, i]))
    const rows = await db.query<{ candidate: number; places: number[] }>(namedQuery('suggest-sites/coverage'), [
      candidates.map((c) => c.lon),
      candidates.map((c) => c.lat),
      unmetPlaces.map((place) => place.place_id),
      urban,
      rural,
    ])
    for (const row of rows) covers[row.candidate] = row.places.map((id) => indexOfPlace.get(id) ?? -1)
  }
  const picks = greedyMaxCover(covers, unmetPlaces.map((place) => place.unmet), query.count)

  const chosen = picks.map((pick) => candidates[pick.candidate]!)
  const names = chosen.length === 0 ? [] : await db.query<{ pick: number; name: string | null }>(namedQuery('suggest-sites/territory-names'), [query.level, chosen.map((c) => c.lon), chosen.map((c) => c.lat)])
  const sites: SuggestedSite[] = picks.map((pick, i) => ({
    rank: i + 1,
    lon: chosen[i]!.lon,
    lat: chosen[i]!.lat,
    candidate: query.candidates,
    candidate_id: chosen[i]!.id,
    territory_name: names[i]?.name ?? null,
    // Each pick is the step between two rounded running totals, so the published picks add up to the
    // published cumulative figure and no pick can be told more precisely from the totals.
    covered_unmet: publishCount(pick.covered, k, false, pick.cumulative - pick.covered),
    cumulative_unmet: publishCount(pick.cumulative, k),
  }))
  const total = unmetPlaces.reduce((sum, place) => sum + place.unmet, 0)
  const before = places.reduce((sum, place) => sum + place.unmet_before, 0)
  return {
    level: query.level,
    category: query.category,
    from: query.from,
    to: query.to,
    k,
    catchment_m: rural,
    catchment_urban_m: urban,
    total_unmet: publishCount(total, k, false, before),
    sites,
  }
}

export function suggestSitesRoutes(context: AppContext): Router {
  const { cache, dataVersion } = context
  const router = Router()
  router.get('/suggest-sites', async (req, res) => {
    const params = parseQuery(suggestSitesQuery, req)
    const { level, category, from, to } = await resolveMetricsParams(context, params)
    const query: Query = { level, category, from, to, count: params.count, candidates: params.candidates }
    const key = `suggest-sites:${level}:${category}:${from}:${to}:${query.count}:${query.candidates}`
    const entry = await cache.get(await dataVersion(), key, async () => JSON.stringify(await loadSuggestedSites(context, query)))
    sendJson(req, res, entry, 60)
  })
  return router
}
