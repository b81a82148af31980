import { hexToRgb, SUPPRESSED_BASE, SUPPRESSED_HATCH } from '../legend/palette'

/** Raw RGBA pixels, the form MapLibre's addImage takes without any network or canvas. */
export interface PatternImage {
  width: number
  height: number
  data: Uint8Array
}

/**
 * A tileable diagonal hatch (lines running bottom-left to top-right) drawn pixel by pixel:
 * the mark of a suppressed value, kept identical to the CSS swatch of the legend.
 */
export function hatchPattern(size = 8, lineWidth = 2): PatternImage {
  const data = new Uint8Array(size * size * 4)
  const base = hexToRgb(SUPPRESSED_BASE)
  const hatch = hexToRgb(SUPPRESSED_HATCH)
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // Pixels whose x + y falls in the first `lineWidth` of each period form one diagonal stripe.
      const onLine = (x + y) % size < lineWidth
      const [r, g, b] = onLine ? hatch : base
      const i = (y * size + x) * 4
      data[i] = r
      data[i + 1] = g
      data[i + 2] = b
      data[i + 3] = 255
    }
  }
  return { width: size, height: size, data }
}
