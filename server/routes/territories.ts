/** GET /api/territories?level=: a level's territories as GeoJSON (display outlines unless detail=full). */
import { Router } from 'express'
import { z } from 'zod'
import { namedQuery } from '../../core/db/named-query'
import type { AppContext } from '../context'
import { sendJson } from '../http/cached-json'
import { parseQuery } from '../http/validate'
import { knownLevel } from './known-values'

export const territoriesQuery = z.object({
  level: z.string().min(1, 'required'),
  detail: z.enum(['display', 'full']).default('display'),
})

export function territoryRoutes(context: AppContext): Router {
  const { db, cache, dataVersion } = context
  const router = Router()
  router.get('/territories', async (req, res) => {
    const { level, detail } = parseQuery(territoriesQuery, req)
    await knownLevel(context, level)
    const entry = await cache.get(await dataVersion(), `territories:${level}:${detail}`, async () => {
      const [row] = await db.query<{ body: string }>(namedQuery('api/territories-geojson'), [level, detail === 'full', detail === 'full' ? 6 : 5])
      return row?.body ?? '{"type":"FeatureCollection","features":[]}'
    })
    sendJson(req, res, entry, 3600, 'application/geo+json')
  })
  return router
}
