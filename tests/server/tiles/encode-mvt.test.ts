import { describe, expect, it } from 'vitest'
import { encodeMvt, ringArea, type TileFeature } from '../../../server/tiles/encode-mvt'
import { decodeTile, featureGeoJson } from '../../support/vector-tile'

/** A closed square ring from (x, y), counter-clockwise on screen (negative area by the spec's formula). */
function square(x: number, y: number, size: number): number[][] {
  return [[x, y], [x, y + size], [x + size, y + size], [x + size, y], [x, y]]
}

function layer(features: TileFeature[]) {
  return { name: 'territories', extent: 4096, features }
}

describe('encodeMvt', () => {
  it('follows the spec on winding: its own example exterior ring has a positive area', () => {
    expect(ringArea([[3, 6], [8, 12], [20, 34]])).toBeGreaterThan(0)
    expect(ringArea(square(0, 0, 10))).toBeLessThan(0)
  })

  it('writes a version 2 layer the reference decoder reads back: name, extent, ids, properties, without nulls', () => {
    const bytes = encodeMvt(layer([
      { id: 17, properties: { id: 17, code: '06', name: 'Avignon', level: 'mrc', parent_id: 11, population: 15202 }, geometry: { type: 'Polygon', coordinates: [square(10, 10, 100)] } },
      { id: 3, properties: { id: 3, code: '01', name: 'Bas-Saint-Laurent', level: 'region', parent_id: null, population: null }, geometry: { type: 'Point', coordinates: [-20, 4100] } },
    ]))
    const decoded = decodeTile(bytes)
    expect(Object.keys(decoded)).toEqual(['territories'])
    const territories = decoded.territories
    expect(territories?.version).toBe(2)
    expect(territories?.extent).toBe(4096)
    expect(territories?.features.map((f) => f.id)).toEqual([17, 3])
    expect(territories?.features[0]?.properties).toEqual({ id: 17, code: '06', name: 'Avignon', level: 'mrc', parent_id: 11, population: 15202 })
    expect(territories?.features[1]?.properties).toEqual({ id: 3, code: '01', name: 'Bas-Saint-Laurent', level: 'region' })
    expect(territories?.features.map((f) => f.type)).toEqual([3, 1])
    // Points in the buffer (negative or past the extent) survive the zigzag encoding.
    expect(territories?.features[1]?.geometry).toEqual([[{ x: -20, y: 4100 }]])
  })

  it('winds exteriors clockwise and holes counter-clockwise whatever the input order, so polygons and holes decode as given', () => {
    const outer = square(0, 0, 1000)
    const hole = [...square(100, 100, 200)].reverse() // clockwise: the wrong way for a hole
    const second = square(2000, 2000, 500)
    const bytes = encodeMvt(layer([{ id: 1, properties: { id: 1 }, geometry: { type: 'MultiPolygon', coordinates: [[outer, hole], [second]] } }]))
    const [feature] = decodeTile(bytes).territories?.features ?? []
    const areas = (feature?.geometry ?? []).map((ring) => ringArea(ring.map(({ x, y }) => [x, y])))
    expect(areas.map(Math.sign)).toEqual([1, -1, 1])
    const geojson = featureGeoJson(bytes, 'territories', 0)
    expect(geojson.geometry.type).toBe('MultiPolygon')
    const polygons = (geojson.geometry as { coordinates: number[][][][] }).coordinates
    expect(polygons.map((polygon) => polygon.length)).toEqual([2, 1])
  })

  it('does not repeat the closing point of a ring', () => {
    const bytes = encodeMvt(layer([{ id: 1, properties: {}, geometry: { type: 'Polygon', coordinates: [square(0, 0, 10)] } }]))
    // The decoder closes the ring itself: 4 corners + the first again.
    expect(decodeTile(bytes).territories?.features[0]?.geometry[0]).toHaveLength(5)
  })

  it('drops rings without area, and features left without geometry', () => {
    const flat = [[0, 0], [10, 0], [20, 0], [0, 0]]
    const bytes = encodeMvt(layer([
      { id: 1, properties: {}, geometry: { type: 'Polygon', coordinates: [flat] } },
      { id: 2, properties: {}, geometry: { type: 'Polygon', coordinates: [square(0, 0, 10), flat] } },
      { id: 3, properties: {}, geometry: { type: 'MultiPoint', coordinates: [] } },
    ]))
    const features = decodeTile(bytes).territories?.features ?? []
    expect(features.map((f) => f.id)).toEqual([2])
    expect(features[0]?.geometry).toHaveLength(1)
  })

  it('keeps only corners: no repeated points, no points on a straight run, no needle thinner than a pixel', () => {
    const ring = [[0, 0], [50, 0], [100, 0], [100, 0], [100, 100], [2, 101], [200, 201], [0, 100], [0, 0]]
    const bytes = encodeMvt(layer([{ id: 1, properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } }]))
    const [decoded] = decodeTile(bytes).territories?.features[0]?.geometry ?? []
    // (200, 201) is the tip of a needle whose way back passes within half a unit of where it left: folded away.
    expect(new Set(decoded?.map(({ x, y }) => `${x},${y}`))).toEqual(new Set(['0,0', '100,0', '100,100', '2,101', '0,100']))
  })

  it('puts the points of a multipoint in one feature', () => {
    const bytes = encodeMvt(layer([{ id: 5, properties: {}, geometry: { type: 'MultiPoint', coordinates: [[1, 2], [3, 4]] } }]))
    const features = decodeTile(bytes).territories?.features ?? []
    expect(features).toHaveLength(1)
    // The reference decoder reads each point of a MoveTo as its own part.
    expect(features[0]?.geometry).toEqual([[{ x: 1, y: 2 }], [{ x: 3, y: 4 }]])
  })

  it('gives no bytes at all for a tile with no feature', () => {
    expect(encodeMvt(layer([]))).toHaveLength(0)
  })

  it('refuses a geometry type it does not encode, naming the feature', () => {
    const line = { id: 9, properties: {}, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } } as unknown as TileFeature
    expect(() => encodeMvt(layer([line]))).toThrow(/feature 9 .*LineString/)
  })
})
