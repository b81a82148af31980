import { describe, expect, it } from 'vitest'
import type { TerritoryCollection } from '../../../core/api/types'
import { containsPoint, featureBounds, territoryAt } from '../../../client/src/map/geometry'

const square = (x: number, y: number, size: number) => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
]

const collection: TerritoryCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      // A square with a hole in its middle.
      geometry: { type: 'Polygon', coordinates: [square(0, 0, 10), square(4, 4, 2)] },
      properties: { id: 1, code: 'a', name: 'A', level: 'mrc', parent_id: null, population: 1 },
    },
    {
      type: 'Feature',
      geometry: { type: 'MultiPolygon', coordinates: [[square(20, 0, 2)], [square(30, 0, 2)]] },
      properties: { id: 2, code: 'b', name: 'B', level: 'mrc', parent_id: null, population: 1 },
    },
  ],
}

describe('geometry', () => {
  it('finds the territory under a point, holes excluded', () => {
    expect(territoryAt(collection, 1, 1)).toBe(1)
    expect(territoryAt(collection, 5, 5)).toBeNull()
    expect(territoryAt(collection, 31, 1)).toBe(2)
    expect(territoryAt(collection, 25, 1)).toBeNull()
  })

  it('gives the bounds of every kind of geometry', () => {
    expect(featureBounds(collection.features[1]!.geometry)).toEqual([20, 0, 32, 2])
    expect(featureBounds({ type: 'Point', coordinates: [-73, 45] })).toEqual([-73, 45, -73, 45])
    expect(containsPoint({ type: 'Point', coordinates: [1, 1] }, 1, 1)).toBe(false)
  })
})
