// Areal interpolation of FSA populations onto neighbourhoods. FSA polygons are not available, so each
// FSA is approximated by the Voronoi cell of its centroid; its population is spread evenly over that
// cell and summed per neighbourhood by intersection area. Results are relative weights: the caller
// rescales them to an authoritative municipal total.
import { bbox as bboxOf, featureCollection, intersect, point, voronoi } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export interface WeightedPoint {
  lon: number;
  lat: number;
  population: number;
}

type Poly = Feature<Polygon | MultiPolygon>;

// Work in a local equirectangular plane (x scaled by cos of the reference latitude) so Voronoi cells
// and areas are metric-like; at city scale the residual distortion is negligible.
function projector(lat0: number) {
  const k = Math.cos((lat0 * Math.PI) / 180);
  const fwd = (p: Position): Position => [p[0]! * k, p[1]!];
  const mapGeom = (g: Polygon | MultiPolygon): Polygon | MultiPolygon =>
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: g.coordinates.map((r) => r.map(fwd)) }
      : { type: 'MultiPolygon', coordinates: g.coordinates.map((pl) => pl.map((r) => r.map(fwd))) };
  return { fwd, mapGeom };
}

/** Planar area (shoelace) of a polygon or multipolygon, holes subtracted. */
function planarArea(g: Polygon | MultiPolygon): number {
  const ring = (r: Position[]) => {
    let s = 0;
    for (let i = 0; i < r.length - 1; i++) s += r[i]![0]! * r[i + 1]![1]! - r[i + 1]![0]! * r[i]![1]!;
    return Math.abs(s) / 2;
  };
  const poly = (p: Position[][]) => p.reduce((acc, r, i) => acc + (i === 0 ? ring(r) : -ring(r)), 0);
  return g.type === 'Polygon' ? poly(g.coordinates) : g.coordinates.reduce((a, p) => a + poly(p), 0);
}

/** Unscaled population weight of each target polygon (same order as `targets`). */
export function interpolateWeights(points: WeightedPoint[], targets: Poly[]): number[] {
  const lat0 = targets.length ? centreLat(targets) : 0;
  const { fwd, mapGeom } = projector(lat0);
  const pts = points.map((p) => point(fwd([p.lon, p.lat]), { population: p.population }));
  const xs = pts.map((p) => p.geometry.coordinates[0]!);
  const ys = pts.map((p) => p.geometry.coordinates[1]!);
  const bbox: [number, number, number, number] = [Math.min(...xs) - 1, Math.min(...ys) - 1, Math.max(...xs) + 1, Math.max(...ys) + 1];
  const cells = voronoi(featureCollection(pts), { bbox }).features;
  const projected = targets.map((t) => {
    const f = { type: 'Feature' as const, properties: {}, geometry: mapGeom(t.geometry) };
    return { f, box: bboxOf(f) };
  });
  const overlaps = (a: number[], b: number[]) => a[0]! <= b[2]! && b[0]! <= a[2]! && a[1]! <= b[3]! && b[1]! <= a[3]!;
  const weights = targets.map(() => 0);
  cells.forEach((cell, i) => {
    if (!cell) throw new Error(`interpolate: no Voronoi cell for FSA point #${i} (duplicate centroid?)`);
    const pop = points[i]!.population;
    if (pop === 0) return;
    const density = pop / planarArea(cell.geometry);
    const cellBox = bboxOf(cell);
    projected.forEach(({ f, box }, j) => {
      if (!overlaps(cellBox, box)) return;
      const part = intersect(featureCollection([cell, f]));
      if (part) weights[j]! += density * planarArea(part.geometry);
    });
  });
  return weights;
}

function centreLat(targets: Poly[]): number {
  let min = Infinity;
  let max = -Infinity;
  for (const t of targets) {
    const rings = t.geometry.type === 'Polygon' ? t.geometry.coordinates : t.geometry.coordinates.flat();
    for (const r of rings) {
      for (const p of r) {
        min = Math.min(min, p[1]!);
        max = Math.max(max, p[1]!);
      }
    }
  }
  return (min + max) / 2;
}

/** Split an integer total proportionally to weights (largest remainder, ties by index): sums exactly. */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0) throw new Error(`apportion: weights sum to ${sum}, cannot distribute ${total}`);
  const raw = weights.map((w) => (w / sum) * total);
  const out = raw.map(Math.floor);
  let left = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => ({ i, frac: r - Math.floor(r) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left-- <= 0) break;
    out[i]! += 1;
  }
  return out;
}
