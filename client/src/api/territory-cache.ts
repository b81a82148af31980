import type { TerritoryCollection } from '../../../core/api/types'
import { fetchTerritories } from './client'

/**
 * Geometry is the heaviest payload and never changes during a session, so each level is
 * fetched once and shared: changing category or period refetches metrics only.
 */
const byLevel = new Map<string, Promise<TerritoryCollection>>()

export function loadTerritories(level: string): Promise<TerritoryCollection> {
  let pending = byLevel.get(level)
  if (!pending) {
    pending = fetchTerritories(level)
    // A failed load is forgotten, so the next attempt retries instead of replaying the error.
    pending.catch(() => byLevel.delete(level))
    byLevel.set(level, pending)
  }
  return pending
}
