/**
 * Colours of the map layers and of their special cases. Every ramp is a ColorBrewer or matplotlib
 * scheme rated safe for the common colour-vision deficiencies: sequential ramps darken steadily
 * (so they also read in greyscale), and the diverging one pairs blue with red around a light centre.
 */
export type Rgb = readonly [number, number, number]

const YL_OR_RD: Record<number, readonly string[]> = {
  1: ['#fd8d3c'],
  2: ['#fecc5c', '#e31a1c'],
  3: ['#ffeda0', '#feb24c', '#f03b20'],
  4: ['#ffffb2', '#fecc5c', '#fd8d3c', '#e31a1c'],
  5: ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'],
}

// Unmet share: ColorBrewer RdPu, a purple-red hue apart from the demand rate's YlOrRd.
const RD_PU: Record<number, readonly string[]> = {
  1: ['#f768a1'],
  2: ['#fbb4b9', '#ae017e'],
  3: ['#fde0dd', '#fa9fb5', '#c51b8a'],
  4: ['#feebe2', '#fbb4b9', '#f768a1', '#ae017e'],
  5: ['#feebe2', '#fbb4b9', '#f768a1', '#c51b8a', '#7a0177'],
}

// Access is good news when high: a cool ramp (ColorBrewer YlGnBu), never the alarm reds of need.
const YL_GN_BU: Record<number, readonly string[]> = {
  1: ['#41b6c4'],
  2: ['#a1dab4', '#225ea8'],
  3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
}

// Hexagon demand counts: viridis, reversed so that the light end is the low end as on every other layer.
const VIRIDIS: Record<number, readonly string[]> = {
  1: ['#21918c'],
  2: ['#7ad151', '#3b528b'],
  3: ['#fde725', '#21918c', '#440154'],
  4: ['#fde725', '#35b779', '#31688e', '#440154'],
  5: ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'],
}

/** The sequential schemes, one per kind of measure. */
export const SEQUENTIAL_SCHEMES = { ylOrRd: YL_OR_RD, rdPu: RD_PU, ylGnBu: YL_GN_BU, viridis: VIRIDIS } as const
export type SequentialScheme = keyof typeof SEQUENTIAL_SCHEMES

export const MAX_CLASSES = 5

/** The ramp for a number of classes (1..5) of a scheme, lightest = lowest. */
export function sequentialRamp(classCount: number, scheme: SequentialScheme = 'ylOrRd'): readonly string[] {
  const n = Math.max(0, Math.min(MAX_CLASSES, Math.floor(classCount)))
  return SEQUENTIAL_SCHEMES[scheme][n] ?? []
}

/** Classes on each side of zero of a diverging scale. */
export const MAX_CLASSES_PER_SIDE = 3

// ColorBrewer RdBu: red for "more need than access" (positive gap), blue for the reverse.
const RD_BU_POSITIVE: Record<number, readonly string[]> = {
  1: ['#ef8a62'],
  2: ['#f4a582', '#b2182b'],
  3: ['#fddbc7', '#ef8a62', '#b2182b'],
}
const RD_BU_NEGATIVE: Record<number, readonly string[]> = {
  1: ['#67a9cf'],
  2: ['#2166ac', '#92c5de'],
  3: ['#2166ac', '#67a9cf', '#d1e5f0'],
}

/**
 * The diverging ramp for `negative` classes below zero then `positive` classes above it (each 0..3),
 * lowest first: deepest blue for the most negative, light colours either side of zero, deepest red last.
 */
export function divergingRamp(negative: number, positive: number): readonly string[] {
  const side = (n: number) => Math.max(0, Math.min(MAX_CLASSES_PER_SIDE, Math.floor(n)))
  return [...(RD_BU_NEGATIVE[side(negative)] ?? []), ...(RD_BU_POSITIVE[side(positive)] ?? [])]
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
