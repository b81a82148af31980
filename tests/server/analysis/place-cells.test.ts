import { cellToParent, latLngToCell } from 'h3-js'
import { describe, expect, it } from 'vitest'
import type { AppContext } from '../../../server/context'
import { placeCells } from '../../../server/analysis/place-cells'

const MAGOG = { lon: -72.143, lat: 45.266 }
const MONTREAL = { lon: -73.5673, lat: 45.5017 }

/** A context whose database holds `places` and whose data version is whatever `version` says. */
function fakeContext(places: { id: number; h3_r8: string | null; lon: number; lat: number }[], version: { value: string }) {
  const calls = { count: 0 }
  const context = {
    db: {
      query: async () => {
        calls.count++
        return places
      },
    },
    dataVersion: async () => version.value,
  } as unknown as AppContext
  return { context, calls }
}

describe('placeCells', () => {
  const cell = latLngToCell(MAGOG.lat, MAGOG.lon, 8)
  const places = [
    { id: 1, h3_r8: cell, lon: MAGOG.lon, lat: MAGOG.lat },
    // A coarse place: an FSA centroid, with no cell of its own.
    { id: 2, h3_r8: null, lon: MONTREAL.lon, lat: MONTREAL.lat },
  ]

  it('maps a place to the parent of its resolution-8 cell, and a coarse place to the cell of its point', async () => {
    const { context } = fakeContext(places, { value: 'v1' })
    for (const res of [5, 6, 7, 8]) {
      const cells = await placeCells(context, res)
      expect(cells.get(1)).toBe(res === 8 ? cell : cellToParent(cell, res))
      expect(cells.get(2)).toBe(latLngToCell(MONTREAL.lat, MONTREAL.lon, res))
    }
  })

  it('reads places once per data version, whatever the resolutions asked', async () => {
    const version = { value: 'v1' }
    const { context, calls } = fakeContext(places, version)
    await placeCells(context, 7)
    await placeCells(context, 5)
    await placeCells(context, 7)
    expect(calls.count).toBe(1)
    version.value = 'v2'
    await placeCells(context, 7)
    expect(calls.count).toBe(2)
  })

  it('refuses a resolution finer than stored places', async () => {
    const { context } = fakeContext(places, { value: 'v1' })
    await expect(placeCells(context, 9)).rejects.toThrow(/resolution must be an integer from 0 to 8, got 9/)
  })
})
