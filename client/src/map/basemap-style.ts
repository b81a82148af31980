import type { FilterSpecification, GeoJSONSourceSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl'
import { BASEMAP, SUPPRESSED_BASE } from '../legend/palette'

export const REGIONS_SOURCE = 'regions'
export const TERRITORIES_SOURCE = 'territories'
export const HEX_SUPPRESSED_SOURCE = 'hex-suppressed'
export const SUPPRESSED_HATCH_LAYER = 'suppressed-hatch'
export const HEX_HATCH_LAYER = 'hex-suppressed-hatch'
export const HATCH_IMAGE = 'hatch'

const EMPTY: GeoJSONSourceSpecification['data'] = { type: 'FeatureCollection', features: [] }

/** The sources Lacunes fills at run time, in the built-in style or merged into a replacement one. */
function thematicSources(): StyleSpecification['sources'] {
  return {
    [REGIONS_SOURCE]: { type: 'geojson', data: EMPTY },
    [TERRITORIES_SOURCE]: { type: 'geojson', data: EMPTY, promoteId: 'id' },
    [HEX_SUPPRESSED_SOURCE]: { type: 'geojson', data: EMPTY },
  }
}

/**
 * The hatches under suppressed territories and hexagons (MapLibre fills patterns natively; deck.gl draws
 * the see-through grey above them) and the region boundaries.
 */
function thematicLayers(): LayerSpecification[] {
  return [
    {
      id: SUPPRESSED_HATCH_LAYER,
      type: 'fill',
      source: TERRITORIES_SOURCE,
      // Updated with the ids of suppressed territories each time metrics arrive.
      filter: ['in', ['get', 'id'], ['literal', []]],
      paint: { 'fill-color': SUPPRESSED_BASE, 'fill-pattern': HATCH_IMAGE },
    },
    { id: HEX_HATCH_LAYER, type: 'fill', source: HEX_SUPPRESSED_SOURCE, paint: { 'fill-color': SUPPRESSED_BASE, 'fill-pattern': HATCH_IMAGE } },
    {
      id: 'region-boundaries',
      type: 'line',
      source: REGIONS_SOURCE,
      paint: { 'line-color': BASEMAP.regionLine, 'line-width': 1, 'line-opacity': 0.6 },
    },
  ]
}

/**
 * The whole basemap, inline: water is the background, land is the administrative regions
 * of the project's own reference data. No glyphs, sprite or tile URL, so the page asks
 * nothing of any server but its own (labels are drawn by deck.gl with a bundled font).
 */
export function basemapStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Lacunes basemap',
    sources: thematicSources(),
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': BASEMAP.water } },
      { id: 'land', type: 'fill', source: REGIONS_SOURCE, paint: { 'fill-color': BASEMAP.land, 'fill-antialias': true } },
      ...thematicLayers(),
    ],
  }
}

/**
 * A replacement style (BASEMAP_STYLE_URL) with Lacunes' own sources and hatches added on top,
 * so suppressed cells stay hatched whatever basemap is underneath.
 */
export function withThematicLayers(style: StyleSpecification): StyleSpecification {
  const own = new Set(thematicLayers().map((layer) => layer.id))
  return {
    ...style,
    sources: { ...style.sources, ...thematicSources() },
    layers: [...style.layers.filter((layer) => !own.has(layer.id)), ...thematicLayers()],
  }
}

/** The filter that shows the hatch under exactly these territories. */
export function suppressedFilter(ids: readonly number[]): FilterSpecification {
  return ['in', ['get', 'id'], ['literal', [...ids]]]
}
