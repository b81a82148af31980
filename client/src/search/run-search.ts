import type { SearchHit, TerritoryCollection } from '../../../core/api/types'
import { fetchSearch, isNotFound } from '../api/client'
import { parsePostalQuery } from './postal-code'
import { searchLoadedTerritories } from './local-search'

export interface SearchOutcome {
  hits: SearchHit[]
  /** True when the server has no /api/search and the page searched on its own. */
  localOnly: boolean
}

/**
 * A postal code typed in full as a hit without a position yet: the services lookup places it
 * (server-side, from its own postal-code table) and never echoes the full code back.
 */
export function postalHit(text: string): SearchHit | null {
  const postal = parsePostalQuery(text)
  if (!postal) return null
  return { kind: postal.kind, territory_id: null, level: null, label: postal.label, lon: NaN, lat: NaN, bbox: null }
}

/**
 * Searches /api/search; when the server does not offer it (404), falls back to the names of the
 * territories already loaded and to postal codes, and says so.
 */
export async function runSearch(query: string, loaded: readonly TerritoryCollection[], limit: number, signal?: AbortSignal): Promise<SearchOutcome> {
  try {
    const response = await fetchSearch(query, limit, signal)
    return { hits: response.hits, localOnly: false }
  } catch (error) {
    if (!isNotFound(error)) throw error
    const postal = postalHit(query)
    const names = searchLoadedTerritories(query, loaded, limit)
    return { hits: postal ? [postal, ...names].slice(0, limit) : names, localOnly: true }
  }
}
