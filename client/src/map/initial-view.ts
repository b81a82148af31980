import type { LngLatBoundsLike, PaddingOptions } from 'maplibre-gl'

/**
 * Southern Quebec, where nearly all the population lives: from the Ontario border to the
 * Îles-de-la-Madeleine, from the US border to about 52° N (north of it lie a few very large,
 * sparsely populated territories that would shrink everything else).
 */
export const SOUTHERN_QUEBEC: LngLatBoundsLike = [
  [-79.6, 44.95],
  [-61.2, 52.0],
]

/** Width of the column of panels (notice, legend) laid along the right edge, margins included. */
export const PANEL_COLUMN_WIDTH = 324
/** Width of the column of filters laid along the left edge, margins included (styles.css .control-column). */
export const CONTROL_COLUMN_WIDTH = 296

/**
 * Room kept for what is laid over the map, so the fitted extent is not hidden under it: the
 * header on top, and on wide screens the filters on the left and the column of panels on the right
 * (which then sits over the Gulf, Labrador and the Maritimes instead of over Quebec).
 */
export function fitPadding(viewportWidth: number, headerHeight: number): PaddingOptions {
  const wide = viewportWidth >= 900
  const margin = wide ? 16 : 8
  return { top: headerHeight + margin, bottom: margin, left: wide ? CONTROL_COLUMN_WIDTH : margin, right: wide ? PANEL_COLUMN_WIDTH : margin }
}
