import type { TerritoryCollection } from '../../../core/api/types'
import { labelAnchor } from './label-anchor'
import type { LabelCandidate } from './label-placement'

/** One label per territory, at a point inside it, the most populous placed first. */
export function labelCandidates(collection: TerritoryCollection | null): LabelCandidate[] {
  if (!collection) return []
  const candidates: LabelCandidate[] = []
  for (const feature of collection.features) {
    const position = labelAnchor(feature.geometry)
    if (!position) continue
    const { id, name, population } = feature.properties
    candidates.push({ id, text: name, position, priority: population ?? 0 })
  }
  return candidates
}
