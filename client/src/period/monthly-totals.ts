import type { MonthlyDemandResponse } from '../../../core/api/types'
import { fetchMonthlyDemand } from '../api/client'

/**
 * Requests per month for all of the data, for the histogram under the period slider: one cached answer
 * of /api/demand/monthly per session.
 */
let pending: Promise<MonthlyDemandResponse> | null = null

/** The published total of each month asked for, in order; null for a withheld month or one the answer lacks. */
export function totalsOf(response: MonthlyDemandResponse, months: readonly string[]): (number | null)[] {
  const byMonth = new Map(response.months.map((m) => [m.month, m.demand]))
  return months.map((month) => byMonth.get(month) ?? null)
}

/** Totals of the months, in order; every month reads null when the answer cannot be had. */
export async function monthlyTotals(months: readonly string[]): Promise<(number | null)[]> {
  pending ??= fetchMonthlyDemand()
  try {
    return totalsOf(await pending, months)
  } catch {
    pending = null
    return months.map(() => null)
  }
}
