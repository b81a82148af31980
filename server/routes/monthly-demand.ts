/**
 * GET /api/demand/monthly: requests per month for all of the data, for the histogram under the period
 * slider (one answer instead of one metrics call per month). Counts are published like every other count:
 * withheld below k, and as differences of rounded running totals (docs/PRIVACY.md), so the months add up
 * exactly to any period the metrics publish for the same data.
 */
import { Router } from 'express'
import { z } from 'zod'
import type { MonthlyDemandResponse } from '../../core/api/types'
import { namedQuery } from '../../core/db/named-query'
import { CHANNELS, OUTCOMES } from '../../core/domain/request-fields'
import type { AppContext } from '../context'
import { sendJson } from '../http/cached-json'
import { parseQuery } from '../http/validate'
import { publishCount } from '../privacy/publish-count'
import { knownTopCategory } from './known-values'

export const monthlyDemandQuery = z.object({
  category: z.string().default('all'),
  outcome: z.enum(OUTCOMES).optional(),
  channel: z.enum(CHANNELS).optional(),
})

export function monthlyDemandRoutes(context: AppContext): Router {
  const { db, cache, dataVersion, config } = context
  const router = Router()
  router.get('/demand/monthly', async (req, res) => {
    const query = parseQuery(monthlyDemandQuery, req)
    const category = await knownTopCategory(context, query.category)
    const key = `monthly:${category}:${query.outcome ?? ''}:${query.channel ?? ''}`
    const entry = await cache.get(await dataVersion(), key, async () => {
      const rows = await db.query<{ month: string; demand: number; unmet: number }>(namedQuery('api/monthly-demand'), [category, query.outcome ?? null, query.channel ?? null])
      let demandBefore = 0
      let unmetBefore = 0
      const months = rows.map((row) => {
        const demand = publishCount(row.demand, config.LACUNES_K, false, demandBefore)
        const unmet = demand === null ? null : publishCount(row.unmet, config.LACUNES_K, false, unmetBefore)
        demandBefore += row.demand
        unmetBefore += row.unmet
        return { month: row.month, demand, unmet, suppressed: demand === null }
      })
      const body: MonthlyDemandResponse = {
        category,
        k: config.LACUNES_K,
        ...(query.outcome ? { outcome: query.outcome } : {}),
        ...(query.channel ? { channel: query.channel } : {}),
        months,
      }
      return JSON.stringify(body)
    })
    sendJson(req, res, entry, 300)
  })
  return router
}
