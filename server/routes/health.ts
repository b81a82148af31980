/** GET /api/health: up, which database, how fast it answers. */
import { Router } from 'express'
import type { HealthResponse } from '../../core/api/types'
import type { AppContext } from '../context'
import { HttpError } from '../http/errors'

export function healthRoutes({ db, version }: AppContext): Router {
  const router = Router()
  router.get('/health', async (_req, res) => {
    const started = performance.now()
    try {
      await db.query('SELECT 1')
    } catch (error) {
      throw new HttpError(503, 'database_unavailable', `the database does not answer: ${(error as Error).message}`)
    }
    const body: HealthResponse = { status: 'ok', db: db.kind, version, db_latency_ms: Math.round((performance.now() - started) * 100) / 100 }
    res.setHeader('Cache-Control', 'no-store')
    res.json(body)
  })
  return router
}
