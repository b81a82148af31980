import type { Geometry } from '../../../core/api/types'

type Ring = readonly (readonly number[])[]
type Position = [number, number]

/** Signed area and area centroid of a ring (shoelace formula, in degrees: fine for picking a spot). */
function ringStats(ring: Ring): { area: number; cx: number; cy: number } {
  let area = 0
  let cx = 0
  let cy = 0
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0 = 0, y0 = 0] = ring[j] ?? []
    const [x1 = 0, y1 = 0] = ring[i] ?? []
    const cross = x0 * y1 - x1 * y0
    area += cross
    cx += (x0 + x1) * cross
    cy += (y0 + y1) * cross
  }
  area /= 2
  return area === 0 ? { area: 0, cx: ring[0]?.[0] ?? 0, cy: ring[0]?.[1] ?? 0 } : { area, cx: cx / (6 * area), cy: cy / (6 * area) }
}

function insideRing(ring: Ring, x: number, y: number): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? []
    const [xj = 0, yj = 0] = ring[j] ?? []
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

function insidePolygon(rings: readonly Ring[], x: number, y: number): boolean {
  const [outer, ...holes] = rings
  return outer !== undefined && insideRing(outer, x, y) && !holes.some((hole) => insideRing(hole, x, y))
}

/**
 * Midpoint of the widest inside stretch of the horizontal line through `y`: always inside
 * the polygon, even for crescents and coastlines whose centroid falls in the water.
 */
function scanlineMidpoint(rings: readonly Ring[], y: number): Position | null {
  const xs: number[] = []
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? []
      const [xj = 0, yj = 0] = ring[j] ?? []
      if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi)
    }
  }
  xs.sort((a, b) => a - b)
  let best: Position | null = null
  let bestWidth = -1
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const a = xs[i] as number
    const b = xs[i + 1] as number
    if (b - a > bestWidth) {
      bestWidth = b - a
      best = [(a + b) / 2, y]
    }
  }
  return best
}

/** A point inside the largest part of a territory where its name can be written. */
export function labelAnchor(geometry: Geometry): Position | null {
  if (geometry.type === 'Point') return [geometry.coordinates[0], geometry.coordinates[1]]
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  let largest: readonly Ring[] | null = null
  let largestArea = 0
  for (const polygon of polygons) {
    const outer = polygon[0]
    if (!outer) continue
    const area = Math.abs(ringStats(outer).area)
    if (area > largestArea) {
      largestArea = area
      largest = polygon
    }
  }
  if (!largest || !largest[0]) return null
  const { cx, cy } = ringStats(largest[0])
  if (insidePolygon(largest, cx, cy)) return [cx, cy]
  return scanlineMidpoint(largest, cy)
}
