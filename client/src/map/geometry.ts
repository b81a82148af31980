import type { Geometry, TerritoryCollection } from '../../../core/api/types'

type Bounds = [number, number, number, number]

function rings(geometry: Geometry): number[][][] {
  switch (geometry.type) {
    case 'Point':
      return [[geometry.coordinates]]
    case 'Polygon':
      return geometry.coordinates
    case 'MultiPolygon':
      return geometry.coordinates.flat()
  }
}

/** [west, south, east, north] of a geometry. */
export function featureBounds(geometry: Geometry): Bounds {
  let w = Infinity
  let s = Infinity
  let e = -Infinity
  let n = -Infinity
  for (const ring of rings(geometry)) {
    for (const [lon = 0, lat = 0] of ring) {
      if (lon < w) w = lon
      if (lon > e) e = lon
      if (lat < s) s = lat
      if (lat > n) n = lat
    }
  }
  return [w, s, e, n]
}

/** Even-odd ray casting on one ring; holes fall out of the rule when all rings of a polygon are counted. */
function crossings(ring: readonly number[][], lon: number, lat: number): number {
  let count = 0
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] as number[]
    const [xj = 0, yj = 0] = ring[j] as number[]
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) count++
  }
  return count
}

/** True when the point lies inside the polygon or multipolygon (holes excluded). Points never contain anything. */
export function containsPoint(geometry: Geometry, lon: number, lat: number): boolean {
  if (geometry.type === 'Point') return false
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  return polygons.some((polygon) => polygon.reduce((sum, ring) => sum + crossings(ring, lon, lat), 0) % 2 === 1)
}

/** The id of the territory holding the point, or null (a point level, or outside every polygon). */
export function territoryAt(collection: TerritoryCollection, lon: number, lat: number): number | null {
  for (const feature of collection.features) {
    const [w, s, e, n] = featureBounds(feature.geometry)
    if (lon < w || lon > e || lat < s || lat > n) continue
    if (containsPoint(feature.geometry, lon, lat)) return feature.properties.id
  }
  return null
}
