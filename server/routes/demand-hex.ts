/**
 * GET /api/demand/hex: demand and unmet demand per H3 cell of resolution 5 to 8, summed from the
 * places that fall in each cell (place_count), with every count published as in /api/metrics.
 */
import { Router } from 'express'
import { z } from 'zod'
import type { DemandHexResponse } from '../../core/api/types'
import type { AppContext } from '../context'
import { sendJson } from '../http/cached-json'
import { parseQuery } from '../http/validate'
import { placeCells } from '../analysis/place-cells'
import { loadPlaceDemand, type DemandPeriod } from '../analysis/place-demand'
import { publishCount } from '../privacy/publish-count'
import { knownTopCategory } from './known-values'
import { month, resolvePeriod } from './metrics-data'

/** Coarser than 5 says little a region map does not; finer than 8 is finer than stored places. */
export const HEX_RESOLUTIONS = { min: 5, max: 8 } as const

export const demandHexQuery = z.object({
  res: z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be an integer')
    .transform(Number)
    .refine((value) => value >= HEX_RESOLUTIONS.min && value <= HEX_RESOLUTIONS.max, `must be an H3 resolution from ${HEX_RESOLUTIONS.min} to ${HEX_RESOLUTIONS.max}`)
    .default(7),
  category: z.string().default('all'),
  from: month.optional(),
  to: month.optional(),
})

interface CellSums {
  demand: number
  unmet: number
  demand_before: number
  unmet_before: number
}

/** The cells of a resolved query: cells with no demand in the period are left out. */
export async function loadDemandHex(context: AppContext, res: number, period: DemandPeriod): Promise<DemandHexResponse> {
  const k = context.config.LACUNES_K
  const [places, cellOf] = await Promise.all([loadPlaceDemand(context, period), placeCells(context, res)])
  const sums = new Map<string, CellSums>()
  for (const place of places) {
    const cell = cellOf.get(place.place_id)
    // A place stored after the cached cells were read waits for the next data version.
    if (cell === undefined) continue
    const sum = sums.get(cell) ?? { demand: 0, unmet: 0, demand_before: 0, unmet_before: 0 }
    sum.demand += place.demand
    sum.unmet += place.unmet
    sum.demand_before += place.demand_before
    sum.unmet_before += place.unmet_before
    sums.set(cell, sum)
  }
  const cells: DemandHexResponse['cells'] = []
  for (const [h3, sum] of [...sums].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (sum.demand === 0) continue
    const demand = publishCount(sum.demand, k, false, sum.demand_before)
    const unmet = demand === null ? null : publishCount(sum.unmet, k, false, sum.unmet_before)
    cells.push({ h3, demand, unmet, suppressed: demand === null })
  }
  return { res, category: period.category, from: period.from, to: period.to, k, cells }
}

export function demandHexRoutes(context: AppContext): Router {
  const { cache, dataVersion } = context
  const router = Router()
  router.get('/demand/hex', async (req, res) => {
    const params = parseQuery(demandHexQuery, req)
    const category = await knownTopCategory(context, params.category)
    const { from, to } = await resolvePeriod(context, params)
    const key = `demand-hex:${params.res}:${category}:${from}:${to}`
    const entry = await cache.get(await dataVersion(), key, async () => JSON.stringify(await loadDemandHex(context, params.res, { category, from, to })))
    sendJson(req, res, entry, 60)
  })
  return router
}
