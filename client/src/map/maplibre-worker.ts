import { prewarm, setWorkerUrl } from 'maplibre-gl'
// The worker script is self-contained; emitted as an asset of our own build, served by our own server.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'

/**
 * MapLibre looks for its worker next to its own module file, which no longer exists once bundled:
 * point it at the copy the build emits.
 */
setWorkerUrl(workerUrl)
// Start the worker now, while React renders the page: it takes about a second to fetch and compile here, and
// every geometry of the first map goes through it.
prewarm()
