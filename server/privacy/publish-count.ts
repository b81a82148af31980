/**
 * How one count leaves the server (docs/PRIVACY.md): withheld when 1 ≤ n < k or when complementary
 * suppression withholds it, otherwise rounded to base 5 so no difference of published figures
 * (one period from a longer one, one outcome from all) gives back an exact small count.
 */
import { isSuppressed } from '../../core/domain/suppression'

/** Published counts are multiples of this. */
export const ROUNDING_BASE = 5

/** Rounds half up to the nearest multiple of ROUNDING_BASE; 0 stays 0. */
export function roundToBase(n: number): number {
  return Math.floor(n / ROUNDING_BASE + 0.5) * ROUNDING_BASE
}

/** The published value of a count, or null when withheld. */
export function publishCount(n: number, k: number, withheld = false): number | null {
  if (withheld || isSuppressed(n, k)) return null
  return roundToBase(n)
}

/** A rate or share from published counts only (never from an exact count), or null. */
export function publishedRatio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator <= 0) return null
  return numerator / denominator
}
