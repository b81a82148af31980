/**
 * The first view's data, asked for as soon as the script runs instead of when React has mounted and each
 * answer has unlocked the next: geometry and reference lists at once, the metrics as soon as /api/meta
 * gives the default period. A component's own request for the same URL then takes the pending answer.
 */
import type { DatasetMeta } from '../../../core/api/types'
import { defaultPeriod } from '../period/default-period'
import type { ViewState } from '../state/view-state'

const pending = new Map<string, Promise<Response>>()
/** Bodies of successful prefetches, read as soon as they arrive: the page's first render can start with them. */
const bodies = new Map<string, unknown>()

/** Starts a GET of `url` (same headers as the API client) to be taken once by takePrefetched or takePrefetchedBody. */
function prefetch(url: string): Promise<Response> {
  const response = fetch(url, { headers: { accept: 'application/json' } })
  // An unused or failed prefetch must not surface as an unhandled rejection: the component asks again.
  response.catch(() => pending.delete(url))
  pending.set(url, response)
  // Read on a copy: whoever takes the response itself before this is done reads it as usual.
  response
    .then((answer) => (answer.ok ? (answer.clone().json() as Promise<unknown>) : undefined))
    .then((body) => {
      if (body !== undefined && pending.get(url) === response) bodies.set(url, body)
    })
    .catch(() => undefined)
  return response
}

/** The prefetched response of `url`, once: later requests go to the network (or the HTTP cache) as usual. */
export function takePrefetched(url: string): Promise<Response> | undefined {
  const response = pending.get(url)
  pending.delete(url)
  bodies.delete(url)
  return response
}

/**
 * The JSON body of `url` if its prefetch has already arrived and been read, once, without waiting; undefined
 * otherwise (the response then stays for takePrefetched). The page's first render starts with the data this way,
 * instead of rendering without it and again for each answer.
 */
export function takePrefetchedBody(url: string): unknown {
  if (!bodies.has(url)) return undefined
  const body = bodies.get(url)
  bodies.delete(url)
  pending.delete(url)
  return body
}

/** Prefetches what the view in the address bar shows first; `metricsUrlOf` builds the metrics URL as the client does. */
export function prefetchFirstView(view: ViewState, metricsUrlOf: (period: { from: string; to: string }) => string): void {
  for (const url of ['/api/categories', '/api/levels', '/api/territories?level=region']) prefetch(url)
  if (view.level !== 'region') prefetch(`/api/territories?${new URLSearchParams({ level: view.level })}`)
  if (view.period) prefetch(metricsUrlOf(view.period))
  // The metrics of the default period need /api/meta first; the clone leaves the body for the component.
  const meta = prefetch('/api/meta')
  if (!view.period) {
    void meta
      .then((response) => (response.ok ? (response.clone().json() as Promise<DatasetMeta>) : null))
      .then((body) => body && prefetch(metricsUrlOf(defaultPeriod(body.requests.last_week))))
      .catch(() => undefined)
  }
}
