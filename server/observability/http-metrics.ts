/** Prometheus metrics of every HTTP answer: a count and a latency histogram by method, route template and status. */
import type { RequestHandler } from 'express'
import { Counter, Histogram, type Registry } from 'prom-client'
import { watchRouteTemplate } from './route-template'

/** Seconds: from a cached JSON answer (ms) to a province-wide export (tens of seconds). */
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30]

/** The middleware, registering its metrics in `registry`. */
export function httpMetrics(registry: Registry): RequestHandler {
  const labelNames = ['method', 'route', 'status'] as const
  const requests = new Counter({ name: 'lacunes_http_requests_total', help: 'HTTP requests answered, by method, route template and status', labelNames, registers: [registry] })
  const duration = new Histogram({ name: 'lacunes_http_request_duration_seconds', help: 'Time to answer an HTTP request, by method, route template and status', labelNames, buckets: LATENCY_BUCKETS, registers: [registry] })
  return (req, res, next) => {
    const started = performance.now()
    const template = watchRouteTemplate(req)
    res.on('finish', () => {
      const labels = { method: req.method, route: template(), status: String(res.statusCode) }
      requests.inc(labels)
      duration.observe(labels, (performance.now() - started) / 1000)
    })
    next()
  }
}
