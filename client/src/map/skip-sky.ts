import type { Map as MapLibreMap } from 'maplibre-gl'

/**
 * Stops MapLibre drawing its sky. It draws one on every frame, a full-screen pass with a shader of its own, even
 * when the style has no sky (it is transparent then); this map is always flat (no pitch), where the sky is never
 * in view anyway. In software WebGL the first compilation of that shader alone cost about 200 ms of the first map.
 */
export function skipSky(map: MapLibreMap): void {
  map.painter.drawFunctions = { ...map.painter.drawFunctions, sky: () => undefined }
}
