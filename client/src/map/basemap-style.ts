import type { ExpressionSpecification, GeoJSONSourceSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl'
import { BASEMAP, SUPPRESSED_BASE } from '../legend/palette'

export const REGIONS_SOURCE = 'regions'
export const TERRITORIES_SOURCE = 'territories'
export const HEX_SUPPRESSED_SOURCE = 'hex-suppressed'
export const SUPPRESSED_HATCH_LAYER = 'suppressed-hatch'
export const HEX_HATCH_LAYER = 'hex-suppressed-hatch'
export const TERRITORY_FILL_LAYER = 'territory-fill'
export const TERRITORY_POINT_LAYER = 'territory-points'
export const TERRITORY_BORDER_LAYER = 'territory-borders'
export const REGION_BOUNDARY_LAYER = 'region-boundaries'
export const HATCH_IMAGE = 'hatch'

/** The layers that draw the territories of the chosen level; hidden while the hexagons are shown. */
export const TERRITORY_LAYERS = [SUPPRESSED_HATCH_LAYER, TERRITORY_FILL_LAYER, TERRITORY_POINT_LAYER, TERRITORY_BORDER_LAYER] as const
/** The layers a pointer can pick a territory on. */
export const PICKABLE_TERRITORY_LAYERS = [TERRITORY_FILL_LAYER, TERRITORY_POINT_LAYER]

// Region boundaries over the colours, so the larger units stay readable through them.
const REGION_OUTLINE = 'rgba(45, 52, 64, 0.78)'

const EMPTY: GeoJSONSourceSpecification['data'] = { type: 'FeatureCollection', features: [] }

/**
 * Each territory's colour and suppression come from its feature state (territory-paint.ts), set by id when
 * metrics arrive: a filter change repaints without re-tiling the geometry in the worker.
 */
const FILL_FROM_STATE: ExpressionSpecification = ['to-color', ['feature-state', 'fill'], 'rgba(0, 0, 0, 0)']
/**
 * The land's colour, written the way the territories' is (a feature state nobody sets, falling back to the land
 * colour) so both are drawn by one shader program: in software WebGL each program MapLibre draws with for the
 * first time costs 150-300 ms of shader compilation, and the first map had eight of them.
 */
const LAND_FILL: ExpressionSpecification = ['to-color', ['feature-state', 'fill'], BASEMAP.land]
const SUPPRESSED_FROM_STATE: ExpressionSpecification = ['case', ['boolean', ['feature-state', 'suppressed'], false], 1, 0]
/** Point territories (municipalities have no open polygons): 3 to 14 pixels, growing gently with population. */
const POINT_RADIUS: ExpressionSpecification = ['min', 14, ['+', 3, ['/', ['sqrt', ['max', 0, ['coalesce', ['get', 'population'], 0]]], 40]]]

/** Geometry already loaded when the map is created, so MapLibre's worker tiles it in its first pass. */
export interface InitialGeometry {
  regions?: GeoJSONSourceSpecification['data'] | null
  territories?: GeoJSONSourceSpecification['data'] | null
}

/**
 * Geometry kept around each tile, in pixels: enough for the widest line drawn (1.4 px) to join across tile edges,
 * where MapLibre's default (128) made the worker clip and triangulate each tile's polygons over twice its area.
 */
const TILE_BUFFER = 16

/** The sources Lacunes fills at run time, in the built-in style or merged into a replacement one. */
function thematicSources(initial: InitialGeometry = {}): StyleSpecification['sources'] {
  return {
    [REGIONS_SOURCE]: { type: 'geojson', data: initial.regions ?? EMPTY, buffer: TILE_BUFFER },
    [TERRITORIES_SOURCE]: { type: 'geojson', data: initial.territories ?? EMPTY, promoteId: 'id', buffer: TILE_BUFFER },
    [HEX_SUPPRESSED_SOURCE]: { type: 'geojson', data: EMPTY, buffer: TILE_BUFFER },
  }
}

/**
 * The choropleth, drawn by MapLibre rather than deck.gl: software WebGL (SwiftShader) draws deck.gl's
 * instanced outlines one instance at a time, which cost over half a second per frame for the borders of
 * the MRCs, while MapLibre's line geometry is plain triangles. From the bottom: the hatch (shown through the
 * see-through grey of suppressed territories), the fills or points, their white borders and the region
 * boundaries above all of them.
 */
function thematicLayers(): LayerSpecification[] {
  return [
    {
      id: SUPPRESSED_HATCH_LAYER,
      type: 'fill',
      source: TERRITORIES_SOURCE,
      filter: ['==', ['geometry-type'], 'Polygon'],
      // No antialiasing pass (another shader program): the white borders drawn above cover the edges.
      paint: { 'fill-color': SUPPRESSED_BASE, 'fill-pattern': HATCH_IMAGE, 'fill-opacity': SUPPRESSED_FROM_STATE, 'fill-antialias': false },
    },
    {
      id: HEX_HATCH_LAYER,
      type: 'fill',
      source: HEX_SUPPRESSED_SOURCE,
      paint: { 'fill-color': SUPPRESSED_BASE, 'fill-pattern': HATCH_IMAGE, 'fill-antialias': false },
    },
    {
      id: TERRITORY_FILL_LAYER,
      type: 'fill',
      source: TERRITORIES_SOURCE,
      filter: ['==', ['geometry-type'], 'Polygon'],
      // No antialiasing pass: the white borders drawn above cover the edges.
      paint: { 'fill-color': FILL_FROM_STATE, 'fill-antialias': false },
    },
    {
      id: TERRITORY_POINT_LAYER,
      type: 'circle',
      source: TERRITORIES_SOURCE,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-color': FILL_FROM_STATE,
        'circle-radius': POINT_RADIUS,
        'circle-stroke-color': 'rgba(255, 255, 255, 0.9)',
        'circle-stroke-width': 0.8,
      },
    },
    {
      id: TERRITORY_BORDER_LAYER,
      type: 'line',
      source: TERRITORIES_SOURCE,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'line-color': 'rgba(255, 255, 255, 0.9)', 'line-width': 0.8 },
    },
    {
      id: REGION_BOUNDARY_LAYER,
      type: 'line',
      source: REGIONS_SOURCE,
      paint: { 'line-color': REGION_OUTLINE, 'line-width': 1.4 },
    },
  ]
}

/**
 * The whole basemap, inline: land is the administrative regions of the project's own reference data, and water
 * is what shows through the canvas around them (the map element's background, BASEMAP.water: a background layer
 * would be one more shader program to compile and one more full-screen pass per frame in software WebGL).
 * No glyphs, sprite or tile URL, so the page asks nothing of any server but its own (labels are drawn by deck.gl
 * with a bundled font).
 */
export function basemapStyle(initial: InitialGeometry = {}): StyleSpecification {
  return {
    version: 8,
    name: 'Lacunes basemap',
    sources: thematicSources(initial),
    layers: [
      // No antialiasing pass: the territories cover the land, and their borders smooth its edges.
      { id: 'land', type: 'fill', source: REGIONS_SOURCE, paint: { 'fill-color': LAND_FILL, 'fill-antialias': false } },
      ...thematicLayers(),
    ],
  }
}

/**
 * A replacement style (BASEMAP_STYLE_URL) with Lacunes' own sources and layers added on top,
 * so the choropleth and its hatches show whatever basemap is underneath.
 */
export function withThematicLayers(style: StyleSpecification): StyleSpecification {
  const own = new Set(thematicLayers().map((layer) => layer.id))
  return {
    ...style,
    sources: { ...style.sources, ...thematicSources() },
    layers: [...style.layers.filter((layer) => !own.has(layer.id)), ...thematicLayers()],
  }
}
