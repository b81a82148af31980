/** One structured log line per request, with its status and latency. */
import type { RequestHandler } from 'express'
import type { Logger } from 'pino'

export function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = performance.now()
    res.on('finish', () => {
      const ms = Math.round((performance.now() - started) * 10) / 10
      const line = { method: req.method, path: req.path, status: res.statusCode, ms }
      if (res.statusCode >= 500) logger.error(line, 'request')
      else logger.info(line, 'request')
    })
    next()
  }
}
