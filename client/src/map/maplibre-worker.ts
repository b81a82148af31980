import { prewarm, setWorkerUrl } from 'maplibre-gl'
import { MAPLIBRE_WORKER_URL } from './worker-url'

/**
 * MapLibre looks for its worker next to its own module file, which no longer exists once bundled:
 * point it at the copy the build emits.
 */
setWorkerUrl(MAPLIBRE_WORKER_URL)
// Start the worker now, while React renders the page: it takes about a second to fetch and compile here, and
// every geometry of the first map goes through it.
prewarm()
