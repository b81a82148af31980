import { addMonths, isMonth } from './default-period'

/** Every month from `first` to `last` inclusive (YYYY-MM); empty when reversed or malformed. */
export function monthRange(first: string, last: string): string[] {
  if (!isMonth(first) || !isMonth(last) || first > last) return []
  const months: string[] = []
  for (let month = first; month <= last; month = addMonths(month, 1)) months.push(month)
  return months
}

/** Bar heights of a histogram in [0, 1] of the tallest; unknown months are 0 and flagged by the caller. */
export function barHeights(values: readonly (number | null)[]): number[] {
  const max = Math.max(0, ...values.map((v) => v ?? 0))
  return values.map((v) => (max > 0 && v !== null ? v / max : 0))
}
