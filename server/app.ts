/** The Express application: the JSON API under /api and the web client on the same port. */
import compression from 'compression'
import express from 'express'
import type { AppContext } from './context'
import { cors } from './http/cors'
import { apiNotFound, errorHandler } from './http/errors'
import { rateLimit } from './http/rate-limit'
import { requestLog } from './http/request-log'
import { securityHeaders } from './http/security-headers'
import { staticClient } from './http/static-client'
import { observability } from './observability/prometheus'
import { serverTiming, timedDatabase } from './timing/server-timing'
import { exportRoutes } from './routes/exports'
import { healthRoutes } from './routes/health'
import { importRoutes } from './routes/imports'
import { metaRoutes } from './routes/meta'
import { metricsRoutes } from './routes/metrics'
import { monthlyDemandRoutes } from './routes/monthly-demand'
import { openApiRoutes } from './routes/openapi'
import { profileRoutes } from './routes/profile'
import { referenceRoutes } from './routes/reference'
import { territoryRoutes } from './routes/territories'
import { tileRoutes } from './routes/tiles'
import { searchRoutes } from './routes/search'
import { serviceRoutes } from './routes/services'
import { demandHexRoutes } from './routes/demand-hex'
import { suggestSitesRoutes } from './routes/suggest-sites'

export function createApp(untimed: AppContext, options: { clientDist?: string } = {}): express.Express {
  const observed = observability(untimed.db, { version: untimed.version })
  // Every statement a route runs counts in its request's Server-Timing and in the database latency metric.
  const context: AppContext = { ...untimed, db: timedDatabase(observed.measure(untimed.db)) }
  // Imports on the primary (when reads go to a replica) count in Server-Timing too.
  if (untimed.primary) context.primary = timedDatabase(untimed.primary)
  const app = express()
  app.disable('x-powered-by')
  app.set('etag', false)
  app.set('query parser', 'simple')
  app.use(observed.middleware)
  app.use(serverTiming())
  app.use(requestLog(context.logger))
  app.use(securityHeaders)
  app.use(compression())
  app.use(express.json({ limit: '1mb' }))

  const api = express.Router()
  api.use(cors(context.config.CORS_ORIGINS))
  api.use(rateLimit(context.config.LACUNES_RATE_LIMIT))
  api.use(healthRoutes(context))
  api.use(openApiRoutes())
  api.use(referenceRoutes(context))
  api.use(metaRoutes(context))
  api.use(territoryRoutes(context))
  api.use(tileRoutes(context))
  api.use(metricsRoutes(context))
  api.use(profileRoutes(context))
  api.use(monthlyDemandRoutes(context))
  api.use(serviceRoutes(context))
  api.use(demandHexRoutes(context))
  api.use(suggestSitesRoutes(context))
  api.use(searchRoutes(context))
  api.use(importRoutes(context))
  api.use(exportRoutes(context))
  api.use(apiNotFound)
  app.use(observed.routes)
  app.use('/api', api)
  app.use(staticClient(options.clientDist))
  app.use(errorHandler(context.logger))
  return app
}
