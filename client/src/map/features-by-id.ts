import type { TerritoryCollection } from '../../../core/api/types'

type TerritoryFeature = TerritoryCollection['features'][number]

/** The features of `territories` whose id is in `ids`, in the order of `ids`. */
export function featuresById(territories: TerritoryCollection | null, ids: readonly number[]): TerritoryFeature[] {
  if (!territories || ids.length === 0) return []
  const byId = new Map(territories.features.map((feature) => [feature.properties.id, feature]))
  return ids.map((id) => byId.get(id)).filter((feature): feature is TerritoryFeature => feature !== undefined)
}
