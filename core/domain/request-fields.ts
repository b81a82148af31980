/** Closed vocabularies of an anonymized request (PRODUCT.md, domain model). */

export const OUTCOMES = ['referred', 'unmet', 'out_of_territory', 'emergency_fund', 'unknown'] as const
export type Outcome = (typeof OUTCOMES)[number]

export const CHANNELS = ['211', '811', '311', 'outreach', 'walk_in', 'fund', 'other'] as const
export type Channel = (typeof CHANNELS)[number]

/** Age groups wide enough that they never single a person out. */
export const AGE_GROUPS = ['0-17', '18-34', '35-49', '50-64', '65+', 'unknown'] as const
export type AgeGroup = (typeof AGE_GROUPS)[number]

export const LANGUAGES = ['fr', 'en', 'other', 'unknown'] as const
export type RequestLanguage = (typeof LANGUAGES)[number]

/** How precisely a record was placed, most precise first. */
export const PRECISIONS = ['coordinates', 'postal_code', 'municipality', 'fsa', 'territory'] as const
export type Precision = (typeof PRECISIONS)[number]
