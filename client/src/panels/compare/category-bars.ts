import type { TerritoryProfile } from '../../../../core/api/types'

/**
 * The categories worth comparing: the `count` with the most published demand across the profiles
 * (withheld cells count as nothing, so a category is never chosen for what is hidden).
 */
export function topCategories(profiles: readonly TerritoryProfile[], count: number): string[] {
  const totals = new Map<string, number>()
  for (const profile of profiles) {
    for (const category of profile.by_category) totals.set(category.category_id, (totals.get(category.category_id) ?? 0) + (category.demand ?? 0))
  }
  return [...totals.entries()]
    .filter(([, total]) => total > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, count)
    .map(([id]) => id)
}

/** The longest bar's value: the largest published rate among the chosen categories (at least a tiny positive number). */
export function barMax(profiles: readonly TerritoryProfile[], categories: readonly string[]): number {
  let max = 0
  for (const profile of profiles) {
    for (const c of profile.by_category) if (categories.includes(c.category_id) && c.demand_rate !== null) max = Math.max(max, c.demand_rate)
  }
  return max > 0 ? max : 1
}

/** One colour per compared territory, colour-blind safe (Okabe–Ito, darkened to 3:1 on white). */
export const COMPARE_COLOURS = ['#0072b2', '#c75300', '#007a5a', '#a24d8a'] as const
