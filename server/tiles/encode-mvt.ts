/**
 * Encodes one layer of features, already in tile coordinates, as a Mapbox Vector Tile (spec 2.1).
 * Used where PostGIS cannot (PGlite has no protobuf); the protobuf itself is written by @maplibre/vt-pbf.
 */
import Point from '@mapbox/point-geometry'
import { fromVectorTileJs, type VectorTileFeatureLike } from '@maplibre/vt-pbf'

type Position = readonly number[]

/** A geometry in integer tile coordinates (x right, y down), as GeoJSON spells it. */
export type TileGeometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'MultiPoint'; coordinates: readonly Position[] }
  | { type: 'Polygon'; coordinates: readonly (readonly Position[])[] }
  | { type: 'MultiPolygon'; coordinates: readonly (readonly (readonly Position[])[])[] }

export interface TileFeature {
  id: number
  /** Null values are left out of the tile, as ST_AsMVT does. */
  properties: Record<string, string | number | boolean | null>
  geometry: TileGeometry
}

export interface TileLayer {
  name: string
  extent: number
  features: readonly TileFeature[]
}

/** Twice the signed area of a ring by the spec's surveyor's formula: positive is clockwise on screen (y down). */
export function ringArea(ring: readonly Position[]): number {
  let sum = 0
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? []
    const [xj = 0, yj = 0] = ring[j] ?? []
    sum += xj * yi - xi * yj
  }
  return sum
}

function turn(a: Position, b: Position, c: Position): number {
  return ((b[0] ?? 0) - (a[0] ?? 0)) * ((c[1] ?? 0) - (a[1] ?? 0)) - ((b[1] ?? 0) - (a[1] ?? 0)) * ((c[0] ?? 0) - (a[0] ?? 0))
}

/** True when the segment a-b crosses the unit square centred on p (its "hot pixel"), by Liang-Barsky clipping. */
function crossesPixel(p: Position, a: Position, b: Position): boolean {
  const [px = 0, py = 0] = p
  const [ax = 0, ay = 0] = a
  const [bx = 0, by = 0] = b
  let t0 = 0
  let t1 = 1
  const dx = bx - ax
  const dy = by - ay
  const edges: [number, number][] = [[-dx, ax - (px - 0.5)], [dx, px + 0.5 - ax], [-dy, ay - (py - 0.5)], [dy, py + 0.5 - ay]]
  for (const [q, r] of edges) {
    if (q === 0) {
      if (r < 0) return false
    } else {
      const t = r / q
      if (q < 0) t0 = Math.max(t0, t)
      else t1 = Math.min(t1, t)
      if (t0 > t1) return false
    }
  }
  return true
}

/**
 * True when b is no corner between a and c: on their line (a repeated point, a straight run, a spike
 * that goes back on itself), or the tip of a needle so thin that one side passes through the pixel of
 * the other's end, which snap rounding (as PostGIS does) folds back onto itself.
 */
function isNoCorner(a: Position, b: Position, c: Position): boolean {
  return turn(a, b, c) === 0 || crossesPixel(c, a, b) || crossesPixel(a, b, c)
}

/** The ring's corners, with the closing point dropped. */
function corners(ring: readonly Position[]): Position[] {
  const kept: Position[] = []
  for (const point of ring) {
    kept.push(point)
    while (kept.length >= 3 && isNoCorner(kept.at(-3) as Position, kept.at(-2) as Position, kept.at(-1) as Position)) kept.splice(-2, 1)
  }
  // Where the ring closes on itself, around its first point.
  for (;;) {
    if (kept.length < 3) return kept
    if (isNoCorner(kept.at(-2) as Position, kept.at(-1) as Position, kept[0] as Position)) kept.pop()
    else if (isNoCorner(kept.at(-1) as Position, kept[0] as Position, kept[1] as Position)) kept.shift()
    else return kept
  }
}

/** The ring's corners wound as the spec wants (exterior positive, interior negative), or null if it has no area. */
function orientedRing(ring: readonly Position[], exterior: boolean): Point[] | null {
  const points = corners(ring)
  const area = ringArea(points)
  if (points.length < 3 || area === 0) return null
  if (area > 0 !== exterior) points.reverse()
  return points.map(toPoint)
}

function toPoint([x = 0, y = 0]: Position): Point {
  return new Point(x, y)
}

/** A polygon's rings for the tile; holes of a degenerate exterior go with it. */
function polygonRings(polygon: readonly (readonly Position[])[]): Point[][] {
  const [outer, ...holes] = polygon
  const exterior = outer ? orientedRing(outer, true) : null
  if (!exterior) return []
  const interiors = holes.map((hole) => orientedRing(hole, false)).filter((ring) => ring !== null)
  return [exterior, ...interiors]
}

function toVtFeature(feature: TileFeature, extent: number): VectorTileFeatureLike | null {
  const { geometry } = feature
  // vt-pbf writes every non-null tag; the nulls are dropped here so both backends agree.
  const properties = Object.fromEntries(Object.entries(feature.properties).filter((entry): entry is [string, string | number | boolean] => entry[1] !== null))
  let type: 1 | 3
  let parts: Point[][]
  switch (geometry.type) {
    case 'Point':
    case 'MultiPoint': {
      const positions = geometry.type === 'Point' ? [geometry.coordinates] : geometry.coordinates
      // All the points of a feature go in one MoveTo with a count, as the spec encodes a multipoint.
      type = 1
      parts = positions.length > 0 ? [positions.map(toPoint)] : []
      break
    }
    case 'Polygon':
    case 'MultiPolygon': {
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
      type = 3
      parts = polygons.flatMap(polygonRings)
      break
    }
    default:
      throw new Error(`encodeMvt: feature ${feature.id} has an unsupported geometry type ${(geometry as { type: string }).type}`)
  }
  if (parts.length === 0) return null
  return { id: feature.id, type, properties, extent, loadGeometry: () => parts }
}

/** The tile's protobuf bytes; an empty array when no feature has any geometry left. */
export function encodeMvt(layer: TileLayer): Uint8Array {
  const features = layer.features.map((feature) => toVtFeature(feature, layer.extent)).filter((feature) => feature !== null)
  if (features.length === 0) return new Uint8Array(0)
  const tileLayer = { version: 2, name: layer.name, extent: layer.extent, length: features.length, feature: (i: number) => features[i] as VectorTileFeatureLike }
  return fromVectorTileJs({ layers: { [layer.name]: tileLayer } })
}
