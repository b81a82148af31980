/** GET /api/levels and GET /api/categories: the vocabularies the client builds its controls from. */
import { Router } from 'express'
import type { Category, Level } from '../../core/api/types'
import { namedQuery } from '../../core/db/named-query'
import type { AppContext } from '../context'
import { sendJson } from '../http/cached-json'

export function referenceRoutes({ db, cache, dataVersion }: AppContext): Router {
  const router = Router()
  router.get('/levels', async (req, res) => {
    const entry = await cache.get(await dataVersion(), 'levels', async () =>
      JSON.stringify(await db.query<Level>(namedQuery('api/levels'))),
    )
    sendJson(req, res, entry, 300)
  })
  router.get('/categories', async (req, res) => {
    const entry = await cache.get(await dataVersion(), 'categories', async () =>
      JSON.stringify(await db.query<Category>(namedQuery('api/categories'))),
    )
    sendJson(req, res, entry, 300)
  })
  return router
}
