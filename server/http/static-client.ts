/** Serves the built web client (client/dist) on the API's port, with the page as fallback for any path. */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import express, { Router } from 'express'

export const CLIENT_DIST = fileURLToPath(new URL('../../client/dist/', import.meta.url))

export function staticClient(dist = CLIENT_DIST): Router {
  const router = Router()
  if (!existsSync(`${dist}index.html`)) {
    router.get('/{*path}', (_req, res) => {
      res.status(503).type('text/plain').send('The web client is not built. Run `npm run build` (npm start does it for you).')
    })
    return router
  }
  // Hashed asset names never change content, so they can be cached for a year.
  router.use('/assets', express.static(`${dist}assets`, { immutable: true, maxAge: '365d', fallthrough: false }))
  router.use(express.static(dist, { index: false, maxAge: '1h' }))
  router.get('/{*path}', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache')
    res.sendFile(`${dist}index.html`)
  })
  return router
}
