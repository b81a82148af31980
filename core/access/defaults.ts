/**
 * Documented default catchments per need category (README.md, "Recommended defaults"): a catchment
 * d0 for urban and for rural demand points, in metres of distance or, when a travel-time table is
 * loaded, in minutes, with a Gaussian decay of σ = d0/2 truncated at d0 (so W(d0) = e⁻² ≈ 0.135).
 */
import type { CatchmentRule } from './catchments'
import { gaussianDecay } from './decay'

/** Where a demand point lies: inside a population centre (≥ 1,000 people, ≥ 400/km²) or not. */
export type Setting = 'urban' | 'rural'

/** Catchment radius d0 in metres for urban and rural demand points. */
export interface CatchmentDefault {
  urban: number
  rural: number
}

/** d0 per top-level category; a child category uses its own entry when it has one, else its parent's. */
export const CATCHMENT_DEFAULTS: Readonly<Record<string, CatchmentDefault>> = {
  housing: { urban: 5_000, rural: 40_000 },
  food: { urban: 3_000, rural: 25_000 },
  'food.delivery': { urban: 10_000, rural: 40_000 },
  utilities: { urban: 10_000, rural: 50_000 },
  health: { urban: 5_000, rural: 30_000 },
  mental_health: { urban: 8_000, rural: 50_000 },
  income: { urban: 8_000, rural: 40_000 },
  transportation: { urban: 10_000, rural: 40_000 },
  legal: { urban: 10_000, rural: 60_000 },
  family: { urban: 5_000, rural: 30_000 },
  education: { urban: 8_000, rural: 40_000 },
  clothing: { urban: 5_000, rural: 30_000 },
  disability: { urban: 10_000, rural: 60_000 },
  seniors: { urban: 3_000, rural: 25_000 },
  newcomers: { urban: 10_000, rural: 60_000 },
  crisis: { urban: 15_000, rural: 80_000 },
  other: { urban: 8_000, rural: 40_000 },
}

/** The default for categories not listed (and for `all`). */
export const FALLBACK_CATCHMENT: CatchmentDefault = { urban: 8_000, rural: 40_000 }

/** The catchment radius d0 in metres of a category (child, top level or `all`) in a setting. */
export function catchmentRadius(category: string, setting: Setting): number {
  const entry = CATCHMENT_DEFAULTS[category] ?? CATCHMENT_DEFAULTS[category.split('.')[0] ?? ''] ?? FALLBACK_CATCHMENT
  return entry[setting]
}

/** The default rule of a category in a setting: Gaussian decay σ = d0/2, unreachable beyond d0 (costs in metres). */
export function defaultRule(category: string, setting: Setting): CatchmentRule {
  const d0 = catchmentRadius(category, setting)
  return { decay: gaussianDecay(d0 / 2), maxCost: d0 }
}

/** The two default rules of a category, index 0 urban and 1 rural, for `buildCatchments(…, { rules, ruleOfDemand })`. */
export function defaultRules(category: string): [CatchmentRule, CatchmentRule] {
  return [defaultRule(category, 'urban'), defaultRule(category, 'rural')]
}

/** d0 in minutes of travel per top-level category, for travel-time tables (README.md, "Travel-time tables"). */
export const CATCHMENT_MINUTES: Readonly<Record<string, CatchmentDefault>> = {
  housing: { urban: 15, rural: 40 },
  food: { urban: 10, rural: 30 },
  'food.delivery': { urban: 20, rural: 40 },
  utilities: { urban: 20, rural: 50 },
  health: { urban: 15, rural: 30 },
  mental_health: { urban: 20, rural: 50 },
  income: { urban: 20, rural: 40 },
  transportation: { urban: 20, rural: 40 },
  legal: { urban: 20, rural: 60 },
  family: { urban: 15, rural: 30 },
  education: { urban: 20, rural: 40 },
  clothing: { urban: 15, rural: 30 },
  disability: { urban: 20, rural: 60 },
  seniors: { urban: 10, rural: 30 },
  newcomers: { urban: 20, rural: 60 },
  crisis: { urban: 20, rural: 60 },
  other: { urban: 20, rural: 40 },
}

/** The travel-time default for categories not listed (and for `all`). */
export const FALLBACK_CATCHMENT_MINUTES: CatchmentDefault = { urban: 20, rural: 40 }

/** The catchment d0 in minutes of travel of a category (child, top level or `all`) in a setting. */
export function catchmentMinutes(category: string, setting: Setting): number {
  const entry = CATCHMENT_MINUTES[category] ?? CATCHMENT_MINUTES[category.split('.')[0] ?? ''] ?? FALLBACK_CATCHMENT_MINUTES
  return entry[setting]
}

/** The default rules of a category on travel times, index 0 urban and 1 rural: Gaussian σ = d0/2, unreachable beyond d0 minutes. */
export function defaultTimeRules(category: string): [CatchmentRule, CatchmentRule] {
  return (['urban', 'rural'] as const).map((setting) => {
    const d0 = catchmentMinutes(category, setting)
    return { decay: gaussianDecay(d0 / 2), maxCost: d0 }
  }) as [CatchmentRule, CatchmentRule]
}
