/**
 * Serves the built web client (client/dist) on the API's port, with the page for `/` and client routes.
 * Anything else is a JSON 404: a missing or hostile path (`/..%2f..%2fetc/passwd`, `/%2e%2e/package.json`,
 * `/missing.js`) never gets a file from outside the folder, nor the page in its place.
 */
import { existsSync, readdirSync } from 'node:fs'
import { extname } from 'node:path'
import { fileURLToPath } from 'node:url'
import express, { Router, type RequestHandler } from 'express'

export const CLIENT_DIST = fileURLToPath(new URL('../../client/dist/', import.meta.url))

/** `/` or plain segments (`/fr/carte`): no dot, no percent-encoding, no empty segment. */
const PAGE_PATH = /^(\/[A-Za-z0-9_-]+)*\/?$/

const notFound: RequestHandler = (_req, res) => {
  res.status(404).json({ error: { code: 'not_found', message: 'no such page or file' } })
}

/**
 * Sends the gzip twin written at build time (client/vite.config.ts) of an asset to a client that accepts gzip,
 * instead of compressing it again on every request. Only names listed in the folder at start are served.
 */
function precompressedAssets(dir: string): RequestHandler {
  const twins = new Set(readdirSync(dir).filter((name) => name.endsWith('.gz')).map((name) => name.slice(0, -3)))
  return (req, res, next) => {
    const name = req.path.slice(1)
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !twins.has(name)) return next()
    res.vary('Accept-Encoding')
    if (!/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) return next()
    // The type of the asset itself; send() keeps a Content-Type already set instead of the .gz one.
    res.type(extname(name))
    res.setHeader('Content-Encoding', 'gzip')
    res.sendFile(`${dir}/${name}.gz`, { immutable: true, maxAge: '365d' })
  }
}

export function staticClient(dist = CLIENT_DIST): Router {
  const router = Router()
  if (!existsSync(`${dist}index.html`)) {
    router.get('/{*path}', (req, res, next) => {
      if (!PAGE_PATH.test(req.path)) return next()
      res.status(503).type('text/plain').send('The web client is not built. Run `npm run build` (npm start does it for you).')
    })
    router.use(notFound)
    return router
  }
  // Hashed asset names never change content, so they can be cached for a year.
  router.use('/assets', precompressedAssets(`${dist}assets`), express.static(`${dist}assets`, { immutable: true, maxAge: '365d' }), notFound)
  router.use(express.static(dist, { index: false, maxAge: '1h' }))
  router.get('/{*path}', (req, res, next) => {
    if (!PAGE_PATH.test(req.path)) return next()
    res.setHeader('Cache-Control', 'no-cache')
    res.sendFile(`${dist}index.html`)
  })
  router.use(notFound)
  return router
}
