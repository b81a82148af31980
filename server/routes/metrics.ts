/** GET /api/metrics: demand, rate, unmet share and supply per territory of a level, with suppression. */
import { Router } from 'express'
import type { AppContext } from '../context'
import { sendJson } from '../http/cached-json'
import { parseQuery } from '../http/validate'
import { loadMetrics, metricsKey, metricsQuery, resolveMetricsParams } from './metrics-data'

export { metricsRow } from './metrics-data'

export function metricsRoutes(context: AppContext): Router {
  const { cache, dataVersion } = context
  const router = Router()
  router.get('/metrics', async (req, res) => {
    const params = await resolveMetricsParams(context, parseQuery(metricsQuery, req))
    const entry = await cache.get(await dataVersion(), metricsKey('metrics', params), async () => JSON.stringify(await loadMetrics(context, params)))
    sendJson(req, res, entry, 60)
  })
  return router
}
