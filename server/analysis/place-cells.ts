/**
 * Each generalized place's H3 cell at a resolution up to 8. PostGIS has no H3, so cells are computed
 * in Node: the parent of the place's resolution-8 cell, or, for a coarse place (an FSA's or a
 * municipality's point), the cell that holds its point. Kept per data version, since places only
 * change with a load.
 */
import { cellToParent, latLngToCell } from 'h3-js'
import { namedQuery } from '../../core/db/named-query'
import type { AppContext } from '../context'

/** The finest resolution: requests are stored no finer than H3 resolution 8 (PRODUCT.md, Privacy). */
export const PLACE_CELL_RESOLUTION = 8

interface PlaceRow {
  id: number
  h3_r8: string | null
  lon: number
  lat: number
}

/** Place id → H3 cell at one resolution. */
export type PlaceCells = ReadonlyMap<number, string>

interface Entry {
  version: string
  places: Promise<PlaceRow[]>
  byResolution: Map<number, PlaceCells>
}

/** One entry per database (the app's context), dropped with it. */
const entries = new WeakMap<object, Entry>()

function cellsAt(places: readonly PlaceRow[], res: number): PlaceCells {
  const cells = new Map<number, string>()
  for (const place of places) {
    const cell = place.h3_r8 === null ? latLngToCell(place.lat, place.lon, res) : res === PLACE_CELL_RESOLUTION ? place.h3_r8 : cellToParent(place.h3_r8, res)
    cells.set(place.id, cell)
  }
  return cells
}

/** The H3 cell of every place at resolution `res` (0…8) for the current data version. */
export async function placeCells(context: AppContext, res: number): Promise<PlaceCells> {
  if (!(Number.isInteger(res) && res >= 0 && res <= PLACE_CELL_RESOLUTION)) throw new RangeError(`H3 resolution must be an integer from 0 to ${PLACE_CELL_RESOLUTION}, got ${res}`)
  const version = await context.dataVersion()
  let entry = entries.get(context.db)
  if (!entry || entry.version !== version) {
    const places = context.db.query<PlaceRow>(namedQuery('demand/places'))
    entry = { version, places, byResolution: new Map() }
    entries.set(context.db, entry)
    // A failed read is not kept: the next call tries again.
    const failed = entry
    places.catch(() => {
      if (entries.get(context.db) === failed) entries.delete(context.db)
    })
  }
  let cells = entry.byResolution.get(res)
  if (!cells) {
    cells = cellsAt(await entry.places, res)
    entry.byResolution.set(res, cells)
  }
  return cells
}
