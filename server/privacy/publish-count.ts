/**
 * How one count leaves the server (docs/PRIVACY.md). A count is withheld when 1 ≤ n < k or when
 * complementary suppression withholds it. Otherwise the count of a period is published as the difference
 * of the rounded running totals at the period's ends, R(before + n) − R(before), where R rounds to base 5
 * and `before` is everything counted before the period. So every published figure is a multiple of 5, a
 * difference of two published periods is again a difference of rounded running totals, and subtracting
 * one period from a longer one never gives back a small count exactly.
 */
import { isSuppressed } from '../../core/domain/suppression'

/** Published counts are multiples of this. */
export const ROUNDING_BASE = 5

/** Rounds half up to the nearest multiple of ROUNDING_BASE; 0 stays 0. */
export function roundToBase(n: number): number {
  return Math.floor(n / ROUNDING_BASE + 0.5) * ROUNDING_BASE
}

/** The published count of a period holding `n`, after `before` counted earlier; null when withheld. */
export function publishCount(n: number, k: number, withheld = false, before = 0): number | null {
  if (withheld || isSuppressed(n, k)) return null
  return roundToBase(before + n) - roundToBase(before)
}

/** A rate or share from published counts only (never from an exact count), or null. */
export function publishedRatio(numerator: number | null, denominator: number | null): number | null {
  if (numerator === null || denominator === null || denominator <= 0) return null
  return numerator / denominator
}
