// The worker script is self-contained; emitted as an asset of our own build, served by our own server.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url'

/** Where MapLibre's worker script is served (an asset of the build, fingerprinted and cached for good). */
export const MAPLIBRE_WORKER_URL: string = workerUrl
