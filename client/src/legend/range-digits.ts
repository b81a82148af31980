import type { ClassBin } from './classify'

/**
 * The fewest decimals (1 to 3) at which every class bound reads differently from its neighbours,
 * so rare categories (rates well under 1 per 1,000) do not show "0.3 – 0.3" or overlapping ranges.
 */
export function rangeDigits(bins: readonly ClassBin[], maxDigits = 3): number {
  const bounds = bins.flatMap((bin) => [bin.min, bin.max])
  for (let digits = 1; digits < maxDigits; digits++) {
    const factor = 10 ** digits
    const rounded = bounds.map((value) => Math.round(value * factor))
    const distinct = bins.every((bin, i) => {
      const next = bins[i + 1]
      const ownDistinct = bin.min === bin.max || rounded[2 * i] !== rounded[2 * i + 1]
      return ownDistinct && (!next || rounded[2 * i + 1] !== rounded[2 * i + 2])
    })
    if (distinct) return digits
  }
  return maxDigits
}
