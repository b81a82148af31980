/**
 * Quantile classification of a choropleth: each class holds about the same number of
 * territories, which reads well on skewed per-capita rates. Suppressed and missing
 * values (null) never take part: a suppressed value is unknown, not zero.
 */
export interface ClassBin {
  /** Smallest value in the class. */
  min: number
  /** Largest value in the class (inclusive upper bound). */
  max: number
}

export interface Classification {
  bins: ClassBin[]
}

export const EMPTY_CLASSIFICATION: Classification = { bins: [] }

/** Value at quantile q of sorted values, by the nearest-rank method (always an observed value). */
function nearestRank(sorted: readonly number[], q: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[index] as number
}

export function classifyQuantiles(values: readonly (number | null | undefined)[], classCount: number): Classification {
  const sorted = values
    .filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
    .sort((a, b) => a - b)
  if (sorted.length === 0 || classCount < 1) return EMPTY_CLASSIFICATION

  // Upper bounds of the classes; duplicates collapse, so ties never make empty classes.
  const uppers: number[] = []
  for (let i = 1; i <= classCount; i++) {
    const bound = i === classCount ? (sorted[sorted.length - 1] as number) : nearestRank(sorted, i / classCount)
    if (uppers.length === 0 || bound > (uppers[uppers.length - 1] as number)) uppers.push(bound)
  }

  const bins: ClassBin[] = []
  let start = 0
  for (const upper of uppers) {
    // First observed value of this class: values equal to an upper bound belong to the lower class.
    const min = sorted[start] as number
    bins.push({ min, max: upper })
    while (start < sorted.length && (sorted[start] as number) <= upper) start++
  }
  return { bins }
}

/** Index of the class a value falls in, or -1 for null/unknown values and an empty classification. */
export function classIndex(classification: Classification, value: number | null | undefined): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return -1
  const { bins } = classification
  if (bins.length === 0) return -1
  for (let i = 0; i < bins.length; i++) {
    if (value <= (bins[i] as ClassBin).max) return i
  }
  // Above the last bound (a value outside the classified set): clamp to the top class.
  return bins.length - 1
}
