import type { SearchHit, TerritoryCollection } from '../../../core/api/types'
import { featureBounds } from '../map/geometry'

/** Lowercase, without accents or punctuation: "Lévis" and "levis", "Saint-Jean" and "st jean" meet. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\bst\b/g, 'saint')
    .replace(/\bste\b/g, 'sainte')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/**
 * Territory names matching the query among the levels already loaded, best first: exact names,
 * then names starting with it, then names containing a word starting with it. This is the search
 * the page can do on its own when the server offers no /api/search.
 */
export function searchLoadedTerritories(query: string, collections: readonly TerritoryCollection[], limit: number): SearchHit[] {
  const q = normalizeName(query)
  if (q.length < 2) return []
  const scored: { score: number; hit: SearchHit }[] = []
  for (const collection of collections) {
    for (const feature of collection.features) {
      const name = normalizeName(feature.properties.name)
      const score = name === q ? 0 : name.startsWith(q) ? 1 : name.includes(` ${q}`) ? 2 : -1
      if (score < 0) continue
      const bbox = featureBounds(feature.geometry)
      const [w, s, e, n] = bbox
      scored.push({
        score,
        hit: {
          kind: feature.properties.level === 'municipality' ? 'municipality' : 'territory',
          territory_id: feature.properties.id,
          level: feature.properties.level,
          label: feature.properties.name,
          lon: (w + e) / 2,
          lat: (s + n) / 2,
          bbox: feature.geometry.type === 'Point' ? null : bbox,
        },
      })
    }
  }
  scored.sort((a, b) => a.score - b.score || a.hit.label.localeCompare(b.hit.label, 'fr'))
  return scored.slice(0, limit).map((entry) => entry.hit)
}
