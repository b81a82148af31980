/**
 * CORS with an allow-list: only the origins in CORS_ORIGINS may call the API from another site.
 * With none listed, the API answers its own page only (browsers block other origins).
 */
import type { RequestHandler } from 'express'

export function cors(allowed: readonly string[]): RequestHandler {
  const origins = new Set(allowed)
  return (req, res, next) => {
    const origin = req.headers.origin
    res.vary('Origin')
    if (origin && origins.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin)
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS')
      res.setHeader('Access-Control-Allow-Headers', 'Authorization, Content-Type, If-None-Match')
      res.setHeader('Access-Control-Max-Age', '600')
    }
    if (req.method === 'OPTIONS') {
      res.status(204).end()
      return
    }
    next()
  }
}
