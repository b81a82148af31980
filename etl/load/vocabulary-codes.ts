/**
 * Each value of a request's closed vocabularies (core/domain/request-fields.ts) as its index: the
 * small integers request batches carry and the import tally groups by.
 */
import { AGE_GROUPS, CHANNELS, LANGUAGES, OUTCOMES, PRECISIONS } from '../../core/domain/request-fields'

// Plain objects, not Maps: a property load with a constant-key inline cache is the cheapest lookup,
// and these run once per record.
const indexOf = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v, i) => [v, i])) as Record<T, number>

export const OUTCOME_CODE = indexOf(OUTCOMES)
export const AGE_CODE = indexOf(AGE_GROUPS)
export const LANGUAGE_CODE = indexOf(LANGUAGES)
export const CHANNEL_CODE = indexOf(CHANNELS)
export const PRECISION_CODE = indexOf(PRECISIONS)
