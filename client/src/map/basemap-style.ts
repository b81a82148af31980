import type { FilterSpecification, GeoJSONSourceSpecification, StyleSpecification } from 'maplibre-gl'
import { BASEMAP, SUPPRESSED_BASE } from '../legend/palette'

export const REGIONS_SOURCE = 'regions'
export const TERRITORIES_SOURCE = 'territories'
export const SUPPRESSED_HATCH_LAYER = 'suppressed-hatch'
export const HATCH_IMAGE = 'hatch'

const EMPTY: GeoJSONSourceSpecification['data'] = { type: 'FeatureCollection', features: [] }

/**
 * The whole basemap, inline: water is the background, land is the administrative regions
 * of the project's own reference data. No glyphs, sprite or tile URL, so the page asks
 * nothing of any server but its own (labels are drawn by deck.gl with a bundled font).
 * The choropleth itself is drawn by deck.gl above this; the only thematic layer kept here is
 * the hatch under suppressed territories, since MapLibre fills patterns natively.
 */
export function basemapStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Lacunes basemap',
    sources: {
      [REGIONS_SOURCE]: { type: 'geojson', data: EMPTY },
      [TERRITORIES_SOURCE]: { type: 'geojson', data: EMPTY, promoteId: 'id' },
    },
    layers: [
      { id: 'water', type: 'background', paint: { 'background-color': BASEMAP.water } },
      { id: 'land', type: 'fill', source: REGIONS_SOURCE, paint: { 'fill-color': BASEMAP.land, 'fill-antialias': true } },
      {
        id: SUPPRESSED_HATCH_LAYER,
        type: 'fill',
        source: TERRITORIES_SOURCE,
        // Updated with the ids of suppressed territories each time metrics arrive.
        filter: ['in', ['get', 'id'], ['literal', []]],
        paint: { 'fill-color': SUPPRESSED_BASE, 'fill-pattern': HATCH_IMAGE },
      },
      {
        id: 'region-boundaries',
        type: 'line',
        source: REGIONS_SOURCE,
        paint: { 'line-color': BASEMAP.regionLine, 'line-width': 1, 'line-opacity': 0.6 },
      },
    ],
  }
}

/** The filter that shows the hatch under exactly these territories. */
export function suppressedFilter(ids: readonly number[]): FilterSpecification {
  return ['in', ['get', 'id'], ['literal', [...ids]]]
}
