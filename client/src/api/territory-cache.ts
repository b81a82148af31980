import type { TerritoryCollection } from '../../../core/api/types'
import { fetchedAtOnce, fetchTerritories, territoriesUrl } from './client'

/**
 * Geometry is the heaviest payload and never changes during a session, so each level is
 * fetched once and shared: changing category or period refetches metrics only.
 */
const byLevel = new Map<string, Promise<TerritoryCollection>>()
/** The levels whose geometry has arrived, for callers that cannot wait (the first render). */
const loaded = new Map<string, TerritoryCollection>()

export function loadTerritories(level: string): Promise<TerritoryCollection> {
  let pending = byLevel.get(level)
  if (!pending) {
    pending = fetchTerritories(level)
    // A failed load is forgotten, so the next attempt retries instead of replaying the error.
    pending.then((collection) => loaded.set(level, collection)).catch(() => byLevel.delete(level))
    byLevel.set(level, pending)
  }
  return pending
}

/** The level's geometry if it is already here (loaded, or prefetched and read), without waiting; undefined otherwise. */
export function territoriesAtOnce(level: string): TerritoryCollection | undefined {
  const known = loaded.get(level)
  if (known) return known
  const prefetched = fetchedAtOnce<TerritoryCollection>(territoriesUrl(level))
  if (prefetched) {
    loaded.set(level, prefetched)
    byLevel.set(level, Promise.resolve(prefetched))
  }
  return prefetched
}
