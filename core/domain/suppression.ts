/**
 * Small-count suppression (PRODUCT.md, Privacy): a count between 1 and k−1 never leaves the server,
 * nor any rate or share computed from it.
 */

/** True when a count must be withheld. */
export function isSuppressed(count: number, k: number): boolean {
  return count >= 1 && count < k
}

/** The smallest k the product allows. */
export const MIN_K = 5
