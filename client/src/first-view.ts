/**
 * The first view's requests, started by an entry script of their own: the build injects it ahead of the app
 * (vite.config.ts), and it runs as soon as it is fetched, while the map engine and React still download and
 * compile (about 600 ms here). The app imports it too, which changes nothing once it has run (and starts the
 * requests in the development server, which does not inject it).
 */
import { metricsUrl } from './api/client'
import { prefetchFirstView } from './api/prefetch'
import { MAPLIBRE_WORKER_URL } from './map/worker-url'
import { parseViewState } from './state/view-state'

const view = parseViewState(window.location.search)
prefetchFirstView(view, (period) => metricsUrl({ level: view.level, category: view.category, ...period, outcome: view.outcome, channel: view.channel }))
// MapLibre's worker script, into the HTTP cache (it is served as immutable): the browser then has it at once when
// the map engine starts its worker. Fetched for the browser to wait for, Chromium started the worker only at the
// main thread's first idle moment after React's first render and the map's first frames, about a second later.
void fetch(MAPLIBRE_WORKER_URL, { priority: 'low' }).then((response) => response.arrayBuffer(), () => undefined)
