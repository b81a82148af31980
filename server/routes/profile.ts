/**
 * GET /api/territories/{id}/profile: one territory's profile for a period.
 * GET /api/compare?ids=a,b,c: the same profiles side by side (2 to 4 territories, one period).
 */
import { Router } from 'express'
import { z } from 'zod'
import type { CompareResponse } from '../../core/api/types'
import type { AppContext } from '../context'
import { sendJson } from '../http/cached-json'
import { HttpError } from '../http/errors'
import { parseQuery } from '../http/validate'
import { month, resolvePeriod } from './metrics-data'
import { loadProfile } from './profile-data'

export const profileQuery = z.object({ from: month.optional(), to: month.optional() })

const territoryId = z.string().regex(/^[1-9]\d{0,9}$/, 'must be a territory id (a positive integer)').transform(Number)

export const compareQuery = profileQuery.extend({
  ids: z
    .string()
    .min(1, 'required')
    .transform((text) => text.split(',').map((part) => part.trim()))
    .pipe(z.array(territoryId).min(2, 'give 2 to 4 territory ids, comma-separated').max(4, 'give 2 to 4 territory ids, comma-separated'))
    .refine((ids) => new Set(ids).size === ids.length, 'each territory only once'),
})

export function profileRoutes(context: AppContext): Router {
  const { cache, dataVersion } = context
  const router = Router()

  router.get('/territories/:id/profile', async (req, res) => {
    const parsed = territoryId.safeParse(req.params.id)
    if (!parsed.success) throw new HttpError(400, 'invalid_parameter', `id: ${parsed.error.issues[0]?.message ?? 'invalid'}`)
    const period = await resolvePeriod(context, parseQuery(profileQuery, req))
    const entry = await cache.get(await dataVersion(), `profile:${parsed.data}:${period.from}:${period.to}`, async () =>
      JSON.stringify(await loadProfile(context, parsed.data, period)),
    )
    sendJson(req, res, entry, 60)
  })

  router.get('/compare', async (req, res) => {
    const query = parseQuery(compareQuery, req)
    const period = await resolvePeriod(context, query)
    const entry = await cache.get(await dataVersion(), `compare:${query.ids.join(',')}:${period.from}:${period.to}`, async () => {
      const profiles = await Promise.all(query.ids.map((id) => loadProfile(context, id, period)))
      const body: CompareResponse = { from: period.from, to: period.to, k: context.config.LACUNES_K, profiles }
      return JSON.stringify(body)
    })
    sendJson(req, res, entry, 60)
  })
  return router
}
