/**
 * The H3 demand hexagons. Loaded on demand (dynamic import) with h3-js: only people who switch to
 * this layer download the H3 library.
 */
import { PolygonLayer } from '@deck.gl/layers'
import { cellToBoundary, isValidCell } from 'h3-js'
import type { DemandHexResponse } from '../../../../core/api/types'
import { classIndex } from '../../legend/classify'
import type { ColourScale } from '../../legend/colour-scale'
import { hexToRgb, NO_DATA, SUPPRESSED_BASE } from '../../legend/palette'
import { SUPPRESSED_ALPHA, type Rgba } from '../fill-color'
import { HEX_LAYER_ID } from './layer-ids'

export type HexCell = DemandHexResponse['cells'][number]

/** A cell with its outline as [lon, lat] rings, ready for deck.gl and GeoJSON. */
export interface HexShape {
  cell: HexCell
  polygon: [number, number][]
}

/** The outline of every cell, closed, in [lon, lat] order. Invalid indexes are skipped rather than breaking the layer. */
export function hexShapes(cells: readonly HexCell[]): HexShape[] {
  const shapes: HexShape[] = []
  for (const cell of cells) {
    // A malformed index from the server: drop that one cell (h3-js would draw garbage, not throw).
    if (!isValidCell(cell.h3)) continue
    shapes.push({ cell, polygon: cellToBoundary(cell.h3, true) as [number, number][] })
  }
  return shapes
}

/** The fill of a cell: its class colour, or the see-through grey of a suppressed count (hatched underneath). */
export function hexFill(cell: HexCell, scale: ColourScale): Rgba {
  if (cell.suppressed || cell.demand === null) return [...hexToRgb(cell.suppressed ? SUPPRESSED_BASE : NO_DATA), cell.suppressed ? SUPPRESSED_ALPHA : 255]
  const colour = scale.ramp[classIndex(scale, cell.demand)]
  return colour ? [...hexToRgb(colour), 235] : [...hexToRgb(NO_DATA), 255]
}

/** Suppressed cells as GeoJSON, for the basemap's hatch layer drawn beneath deck.gl. */
export function suppressedHexGeoJson(shapes: readonly HexShape[]): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: shapes
      .filter((shape) => shape.cell.suppressed)
      .map((shape) => ({ type: 'Feature', properties: { h3: shape.cell.h3 }, geometry: { type: 'Polygon', coordinates: [shape.polygon] } })),
  }
}

/** The hexagon layer, coloured by published demand per cell. */
export function hexLayer(shapes: readonly HexShape[], scale: ColourScale, colourKey: string): PolygonLayer<HexShape> {
  return new PolygonLayer<HexShape>({
    id: HEX_LAYER_ID,
    data: shapes,
    getPolygon: (shape) => shape.polygon,
    getFillColor: (shape) => hexFill(shape.cell, scale),
    getLineColor: [255, 255, 255, 160],
    lineWidthUnits: 'pixels',
    getLineWidth: 0.5,
    stroked: true,
    filled: true,
    pickable: true,
    updateTriggers: { getFillColor: colourKey },
  })
}
