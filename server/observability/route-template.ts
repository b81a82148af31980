/**
 * The route template of a request (`/api/tiles/:level/:z/:x/:file`), never its raw path, so that metrics
 * labelled by route stay a bounded set whatever paths clients send.
 */
import type { Request } from 'express'

/** Label for a request no route handled (404s, static files). */
export const NO_ROUTE = '(none)'

/**
 * Starts watching `req` and returns a function giving its template once answered.
 * Express sets `req.route` when a route matches, while `req.baseUrl` is still its mount path (`/api`);
 * by the time an error reaches the app's error handler, `baseUrl` has been reset, so both are read at
 * that moment through a setter rather than when the response finishes.
 */
export function watchRouteTemplate(req: Request): () => string {
  let template = NO_ROUTE
  let route: unknown
  Object.defineProperty(req, 'route', {
    configurable: true,
    enumerable: true,
    get: () => route,
    set(value: unknown) {
      route = value
      const path = (value as { path?: unknown } | undefined)?.path
      if (typeof path === 'string') template = `${req.baseUrl}${path}`
    },
  })
  return () => template
}
