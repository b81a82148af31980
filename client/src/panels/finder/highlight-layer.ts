import type { Layer } from '@deck.gl/core'
import { useMemo } from 'react'
import type { TerritoryCollection, TerritoryProperties } from '../../../../core/api/types'
import { useDeck, type DeckModule } from '../../map/load-deck'
import { usePanelStore } from '../panel-store'

type TerritoryFeature = TerritoryCollection['features'][number]

// Orange (#e66100, from the colour-blind-safe set) over a white halo: distinct from the black selection
// outline and readable on every class colour of the four layers.
const FINDER_LINE: [number, number, number, number] = [230, 97, 0, 255]
const HALO: [number, number, number, number] = [255, 255, 255, 220]

export const FINDER_LAYER_ID = 'finder-highlight'

/** Outlines of the finder's matches, drawn above the colours. */
export function highlightLayer({ GeoJsonLayer }: DeckModule, features: readonly TerritoryFeature[]): Layer[] {
  const outline = (id: string, color: typeof HALO, width: number) =>
    new GeoJsonLayer<TerritoryProperties>({
      id,
      data: [...features],
      filled: false,
      stroked: true,
      getLineColor: color,
      lineWidthUnits: 'pixels',
      getLineWidth: width,
      pointType: 'circle',
      pointRadiusUnits: 'pixels',
      getPointRadius: 9,
      pickable: false,
    })
  return [outline(`${FINDER_LAYER_ID}-halo`, HALO, 5), outline(FINDER_LAYER_ID, FINDER_LINE, 2.5)]
}

/**
 * The layers drawn above the map's own: `top` (the map's, e.g. service points) and the finder's
 * highlighted territories, as one stable array so the map redraws only when either changes.
 */
export function useHighlightLayers(territories: TerritoryCollection | null, top: readonly Layer[]): Layer[] {
  const highlighted = usePanelStore((state) => state.highlighted)
  // deck.gl is loaded on demand: the outlines appear once it is there.
  const deck = useDeck(highlighted.length > 0)
  return useMemo(() => {
    if (!territories || highlighted.length === 0 || !deck) return [...top]
    const ids = new Set(highlighted)
    const features = territories.features.filter((feature) => ids.has(feature.properties.id))
    return [...highlightLayer(deck, features), ...top]
  }, [territories, highlighted, top, deck])
}
