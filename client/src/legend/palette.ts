/**
 * Colours of the choropleth and of its special cases. The sequential ramps are ColorBrewer
 * YlOrRd, which stays ordered for the common colour-vision deficiencies and in greyscale.
 */
export type Rgb = readonly [number, number, number]

const YL_OR_RD: Record<number, readonly string[]> = {
  1: ['#fd8d3c'],
  2: ['#fecc5c', '#e31a1c'],
  3: ['#ffeda0', '#feb24c', '#f03b20'],
  4: ['#ffffb2', '#fecc5c', '#fd8d3c', '#e31a1c'],
  5: ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'],
}

export const MAX_CLASSES = 5

/** The ramp for a number of classes (1..5), lightest = lowest. */
export function sequentialRamp(classCount: number): readonly string[] {
  const n = Math.max(0, Math.min(MAX_CLASSES, Math.floor(classCount)))
  return YL_OR_RD[n] ?? []
}

/**
 * Suppressed territories: a neutral grey under a diagonal hatch, so they never read as a
 * low value; the legend swatch repeats the same pattern with CSS.
 */
export const SUPPRESSED_BASE = '#e4e6ea'
export const SUPPRESSED_HATCH = '#8b929c'
/** Territories without any published row yet: a flat mid grey, darker than the land and without hatch. */
export const NO_DATA = '#c9cdd3'

/** Basemap colours (drawn from the project's own polygons, no tile server). */
export const BASEMAP = {
  water: '#d5e3ec',
  land: '#f4f2ee',
  regionLine: '#5b6470',
} as const

export function hexToRgb(hex: string): Rgb {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`)
  return [parseInt(m[1] as string, 16), parseInt(m[2] as string, 16), parseInt(m[3] as string, 16)]
}
