/**
 * GET /metrics in the Prometheus text format: HTTP and database latency, the data's state and the
 * process's own metrics (CPU, memory, event loop, GC). Outside /api, so neither rate-limited nor in the API description.
 */
import { Router, type RequestHandler } from 'express'
import { collectDefaultMetrics, Registry } from 'prom-client'
import type { Database } from '../../core/db/database'
import { dataMetrics } from './data-metrics'
import { measuredDatabase } from './database-metrics'
import { httpMetrics } from './http-metrics'

export interface Observability {
  /** Counts and times every request; goes first. */
  middleware: RequestHandler
  /** The database, its calls timed. */
  measure(db: Database): Database
  /** Serves GET /metrics. */
  routes: Router
}

/** One registry per application, so several apps in one process (tests) keep separate counts. */
export function observability(db: Database, info: { version: string }): Observability {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })
  dataMetrics(db, registry, info)
  const routes = Router()
  routes.get('/metrics', async (_req, res) => {
    const text = await registry.metrics()
    res.setHeader('Cache-Control', 'no-store')
    res.type(registry.contentType).send(text)
  })
  return { middleware: httpMetrics(registry), measure: (target) => measuredDatabase(target, registry), routes }
}
