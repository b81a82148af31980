/** Great-circle cost lists: distances in metres, and the grid index finds exactly the brute-force pairs. */
import { describe, expect, it } from 'vitest'
import { costsWithinDistance, greatCircleMetres } from '../../../core/access/great-circle'
import { Random } from '../../../etl/demo/random'

function points(n: number, random: () => number, lon: [number, number], lat: [number, number]) {
  return {
    lon: Float64Array.from({ length: n }, () => lon[0] + random() * (lon[1] - lon[0])),
    lat: Float64Array.from({ length: n }, () => lat[0] + random() * (lat[1] - lat[0])),
  }
}

function pairSet(list: { origin: Int32Array; dest: Int32Array }): Set<string> {
  return new Set(Array.from(list.origin, (i, p) => `${i},${list.dest[p]}`))
}

describe('greatCircleMetres', () => {
  it('known distances', () => {
    // Montréal (45.5017, −73.5673) to Québec (46.8139, −71.2080): about 233 km.
    expect(greatCircleMetres(-73.5673, 45.5017, -71.208, 46.8139) / 1000).toBeCloseTo(233.5, 0)
    // One degree of latitude on the mean sphere: R·π/180.
    expect(greatCircleMetres(0, 45, 0, 46)).toBeCloseTo((6_371_008.8 * Math.PI) / 180, 6)
    expect(greatCircleMetres(10, 20, 10, 20)).toBe(0)
    expect(greatCircleMetres(179.9, 0, -179.9, 0)).toBeCloseTo(greatCircleMetres(0, 0, 0.2, 0), 6)
  })
})

describe('costsWithinDistance', () => {
  it.each([
    ['southern Quebec, 40 km', [-79.5, -64] as [number, number], [45, 49.5] as [number, number], 40_000],
    ['a small radius over a wide area', [-79.5, -57] as [number, number], [45, 62] as [number, number], 3_000],
    ['across the antimeridian near the pole', [-180, 180] as [number, number], [80, 89.9] as [number, number], 150_000],
  ])('%s: same pairs and distances as brute force', (_name, lon, lat, radius) => {
    const generator = new Random(7)
    const random = () => generator.next()
    const demand = points(400, random, lon, lat)
    const sites = points(300, random, lon, lat)
    const list = costsWithinDistance(demand, sites, radius)
    const brute = new Map<string, number>()
    for (let i = 0; i < 400; i++) {
      for (let j = 0; j < 300; j++) {
        const d = greatCircleMetres(demand.lon[i]!, demand.lat[i]!, sites.lon[j]!, sites.lat[j]!)
        if (d <= radius) brute.set(`${i},${j}`, d)
      }
    }
    expect(pairSet(list)).toEqual(new Set(brute.keys()))
    for (let p = 0; p < list.origin.length; p++) expect(list.cost[p]).toBe(brute.get(`${list.origin[p]},${list.dest[p]}`))
  })

  it('handles empty inputs and rejects bad ones', () => {
    const none = { lon: new Float64Array(0), lat: new Float64Array(0) }
    const one = { lon: Float64Array.of(-73), lat: Float64Array.of(45) }
    expect(costsWithinDistance(none, one, 1000).origin.length).toBe(0)
    expect(costsWithinDistance(one, one, 0).cost[0]).toBe(0)
    expect(() => costsWithinDistance(one, one, -1)).toThrow(/maxMetres/)
    expect(() => costsWithinDistance(one, { lon: Float64Array.of(200), lat: Float64Array.of(0) }, 1)).toThrow(/site 0/)
  })
})
