import { GeoJsonLayer } from '@deck.gl/layers'
import type { TerritoryCollection, TerritoryProperties } from '../../../../core/api/types'

type TerritoryFeature = TerritoryCollection['features'][number]

/** Region boundaries drawn over the colours, so the larger units stay readable through them. */
export function regionOutlineLayer(regions: TerritoryCollection): GeoJsonLayer<TerritoryProperties> {
  return new GeoJsonLayer<TerritoryProperties>({
    id: 'region-outlines',
    data: regions.features,
    filled: false,
    stroked: true,
    getLineColor: [45, 52, 64, 200],
    lineWidthUnits: 'pixels',
    getLineWidth: 1.4,
    pickable: false,
  })
}

// Near-black outline with a white halo (two strokes): visible on every class colour, light or dark.
const SELECTED_LINE: [number, number, number, number] = [17, 24, 39, 255]
const HOVERED_LINE: [number, number, number, number] = [17, 24, 39, 170]
const HALO: [number, number, number, number] = [255, 255, 255, 230]

/**
 * Outlines of the selected territories (thick) and of the hovered one (thinner), above the colours.
 * Point territories get a ring instead of a fill.
 */
export function highlightLayers(selected: readonly TerritoryFeature[], hovered: TerritoryFeature | null): GeoJsonLayer<TerritoryProperties>[] {
  const outline = (id: string, data: readonly TerritoryFeature[], color: typeof HALO, width: number) =>
    new GeoJsonLayer<TerritoryProperties>({
      id,
      data: [...data],
      filled: false,
      stroked: true,
      getLineColor: color,
      lineWidthUnits: 'pixels',
      getLineWidth: width,
      pointType: 'circle',
      pointRadiusUnits: 'pixels',
      getPointRadius: 10,
      pickable: false,
    })
  const layers = [outline('selection-halo', selected, HALO, 6), outline('selection', selected, SELECTED_LINE, 3)]
  if (hovered && !selected.includes(hovered)) layers.push(outline('hovered', [hovered], HOVERED_LINE, 2))
  return layers
}
