/** GET /api/openapi.json: the API's OpenAPI 3.1 description. */
import { Router } from 'express'
import { openApiDocument } from '../openapi'

export function openApiRoutes(): Router {
  const router = Router()
  let body: string | null = null
  router.get('/openapi.json', (_req, res) => {
    body ??= JSON.stringify(openApiDocument())
    res.setHeader('Cache-Control', 'public, max-age=300')
    res.type('application/json').send(body)
  })
  return router
}
