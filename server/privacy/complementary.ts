/**
 * Complementary suppression (docs/PRIVACY.md). Published tables hold additive relations: a territory's
 * `all` is the sum of its categories, a parent's count the sum of its children's. When exactly one
 * non-zero cell of such a relation is withheld, subtracting the others gives it back; so another cell of
 * the relation is withheld too, the smallest published part, until no relation has a single withheld cell.
 */
import { isSuppressed } from '../../core/domain/suppression'

/** total = Σ parts, over cell keys. */
export interface Relation {
  total: string
  parts: readonly string[]
}

/**
 * Cells withheld by primary suppression (1 ≤ n < k) or to protect them; zero or unknown cells are never
 * withheld. `already` names cells withheld elsewhere (e.g. a total withheld by the period table).
 */
export function withheldCells(values: ReadonlyMap<string, number>, relations: readonly Relation[], k: number, already: Iterable<string> = []): Set<string> {
  const withheld = new Set<string>(already)
  for (const [key, n] of values) if (isSuppressed(n, k)) withheld.add(key)
  const value = (key: string) => values.get(key) ?? 0
  let changed = true
  while (changed) {
    changed = false
    for (const relation of relations) {
      let hidden = 0
      if (withheld.has(relation.total)) hidden++
      for (const part of relation.parts) if (withheld.has(part)) hidden++
      if (hidden !== 1) continue
      const partner = smallestPublishedPart(relation, withheld, value) ?? (value(relation.total) > 0 && !withheld.has(relation.total) ? relation.total : null)
      if (partner === null) continue
      withheld.add(partner)
      changed = true
    }
  }
  return withheld
}

/** The published non-zero part with the smallest count (ties: the first key in sort order, so runs agree). */
function smallestPublishedPart(relation: Relation, withheld: ReadonlySet<string>, value: (key: string) => number): string | null {
  let best: string | null = null
  for (const part of relation.parts) {
    const n = value(part)
    if (n <= 0 || withheld.has(part)) continue
    if (best === null || n < value(best) || (n === value(best) && part < best)) best = part
  }
  return best
}
