/**
 * The first view's requests, started by an entry script of their own: the build injects it ahead of the app
 * (vite.config.ts), and it runs as soon as it is fetched, while the map engine and React still download and
 * compile (about 600 ms here). The app imports it too, which changes nothing once it has run (and starts the
 * requests in the development server, which does not inject it).
 */
import { metricsUrl } from './api/client'
import { prefetchFirstView } from './api/prefetch'
import { parseViewState } from './state/view-state'

const view = parseViewState(window.location.search)
prefetchFirstView(view, (period) => metricsUrl({ level: view.level, category: view.category, ...period, outcome: view.outcome, channel: view.channel }))
