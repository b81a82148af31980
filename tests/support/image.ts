/** Reads a PNG screenshot and says how much of it is drawn, to catch a blank map. */
import { readFileSync } from 'node:fs'
import { PNG } from 'pngjs'

export interface ColourStats {
  /** Distinct colours (quantized to 4 bits a channel) that each cover at least 0.1 % of the area. */
  significantColours: number
  /** Share of pixels of the most common colour. */
  dominantShare: number
}

export function colourStats(path: string, region?: { x: number; y: number; width: number; height: number }): ColourStats {
  const png = PNG.sync.read(readFileSync(path))
  const box = region ?? { x: 0, y: 0, width: png.width, height: png.height }
  const counts = new Map<number, number>()
  let total = 0
  for (let y = box.y; y < Math.min(png.height, box.y + box.height); y++) {
    for (let x = box.x; x < Math.min(png.width, box.x + box.width); x++) {
      const i = (y * png.width + x) * 4
      const key = ((png.data[i] ?? 0) >> 4) * 256 + ((png.data[i + 1] ?? 0) >> 4) * 16 + ((png.data[i + 2] ?? 0) >> 4)
      counts.set(key, (counts.get(key) ?? 0) + 1)
      total++
    }
  }
  const values = [...counts.values()]
  return {
    significantColours: values.filter((n) => n / total >= 0.001).length,
    dominantShare: Math.max(...values) / total,
  }
}
