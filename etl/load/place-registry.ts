/**
 * The generalized places of a request import, numbered in JavaScript so that request rows can be
 * copied straight into `request` with their place id: the places already stored keep theirs, a new
 * one takes the next free id and is stored once the requests are in (import/add-places).
 */
import type { Queryable } from '../../core/db/database'
import { namedQuery } from '../../core/db/named-query'

/** A place as request-record.ts generalizes it, before it has an id. */
export interface NewPlace {
  placeKey: string
  h3: string | null
  fsa: string | null
  municipalityId: number | null
  lon: number
  lat: number
}

export interface PlaceRegistry {
  /** The id of the place with this key: the stored one, or a new one reserved for this import. */
  idOf(place: NewPlace): number
  /** Stores the places this import reserved ids for; returns how many. */
  store(tx: Queryable): Promise<number>
}

/**
 * Reads the stored places' ids. Call inside the import's transaction: it locks `place` against other
 * writers until the end of the transaction, so the ids it hands out stay free.
 */
export async function placeRegistry(tx: Queryable): Promise<PlaceRegistry> {
  await tx.query('LOCK TABLE place IN SHARE ROW EXCLUSIVE MODE')
  const stored = await tx.query<{ id: number; place_key: string }>(namedQuery('import/place-ids'))
  const ids = new Map<string, number>()
  let maxId = 0
  for (const { id, place_key } of stored) {
    ids.set(place_key, id)
    if (id > maxId) maxId = id
  }
  const added: (NewPlace & { id: number })[] = []
  return {
    idOf(place) {
      let id = ids.get(place.placeKey)
      if (id === undefined) {
        id = ++maxId
        ids.set(place.placeKey, id)
        added.push({ ...place, id })
      }
      return id
    },
    async store(tx) {
      if (added.length === 0) return 0
      await tx.query(namedQuery('import/add-places'), [
        added.map((p) => p.id),
        added.map((p) => p.placeKey),
        added.map((p) => p.h3),
        added.map((p) => p.fsa),
        added.map((p) => p.municipalityId),
        added.map((p) => p.lon),
        added.map((p) => p.lat),
      ])
      return added.length
    },
  }
}
