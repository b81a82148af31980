/** GET /api/health: up, which database, how fast it answers, when data was last loaded. */
import { Router } from 'express'
import type { HealthResponse } from '../../core/api/types'
import type { AppContext } from '../context'
import { databaseUnavailable } from '../http/errors'

export function healthRoutes({ db, version, logger }: AppContext): Router {
  const router = Router()
  router.get('/health', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store')
    const started = performance.now()
    let latencyMs: number
    let lastImport: string | null
    try {
      await db.query('SELECT 1')
      latencyMs = Math.round((performance.now() - started) * 100) / 100
      const [row] = await db.query<{ last: string | null }>(`SELECT max(finished_at) AS last FROM import_log WHERE status = 'succeeded'`)
      lastImport = row?.last ?? null
    } catch (error) {
      // Any failure means the database does not answer as it should; its own message (addresses, SQL) stays in the log.
      logger.warn({ err: error }, 'health check: database does not answer')
      throw databaseUnavailable()
    }
    const body: HealthResponse = { status: 'ok', db: db.kind, version, db_latency_ms: latencyMs, last_import: lastImport }
    res.json(body)
  })
  return router
}
