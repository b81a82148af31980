import { describe, expect, it } from 'vitest'
import type { Geometry } from '../../../core/api/types'
import { labelAnchor } from '../../../client/src/map/label-anchor'

function inside([x, y]: [number, number], ring: number[][]): boolean {
  let result = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!
    const [xj, yj] = ring[j]!
    if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) result = !result
  }
  return result
}

describe('labelAnchor', () => {
  it('uses the centroid of a convex polygon', () => {
    const square: Geometry = { type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] }
    const [x, y] = labelAnchor(square)!
    expect(x).toBeCloseTo(1)
    expect(y).toBeCloseTo(1)
  })

  it('picks the largest part of a multipolygon', () => {
    const geometry: Geometry = {
      type: 'MultiPolygon',
      coordinates: [
        [[[10, 10], [10.1, 10], [10.1, 10.1], [10, 10.1], [10, 10]]],
        [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]]],
      ],
    }
    const [x, y] = labelAnchor(geometry)!
    expect(x).toBeCloseTo(2)
    expect(y).toBeCloseTo(2)
  })

  it('stays inside a U-shaped polygon whose centroid is outside', () => {
    const ring = [[0, 0], [6, 0], [6, 6], [4, 6], [4, 1], [2, 1], [2, 6], [0, 6], [0, 0]]
    const anchor = labelAnchor({ type: 'Polygon', coordinates: [ring] })!
    expect(inside(anchor, ring)).toBe(true)
  })

  it('returns a point as is', () => {
    expect(labelAnchor({ type: 'Point', coordinates: [-71, 46] })).toEqual([-71, 46])
  })
})
