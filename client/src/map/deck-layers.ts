/**
 * Everything of deck.gl the map itself uses (the overlay, labels, outlines), in a chunk of its own: the first
 * map is MapLibre's alone, so deck.gl's megabyte of script is loaded, compiled and run after it (load-deck.ts).
 */
export { MapboxOverlay } from '@deck.gl/mapbox'
export { GeoJsonLayer } from '@deck.gl/layers'
export { labelLayer } from './label-layer'
export { highlightLayers, regionOutlineLayer } from './layers/outline-layers'
