import type { MetricsResponse } from '../../../core/api/types'
import { fetchMetrics } from '../api/client'

/**
 * Requests per month for the whole province, for the histogram under the period slider. There is no
 * monthly endpoint yet, so each month is one /api/metrics call at the region level (17 rows) for all
 * categories: two dozen small answers the server caches, fetched a few at a time, once per session.
 */
const cache = new Map<string, Promise<number | null>>()

/** The province total of one month: the sum of the regions' published demand; null when none is published. */
export function provinceTotal(response: MetricsResponse): number | null {
  let total = 0
  let published = false
  for (const row of response.rows) {
    if (typeof row.demand === 'number') {
      total += row.demand
      published = true
    }
  }
  return published ? total : null
}

function monthTotal(month: string): Promise<number | null> {
  let pending = cache.get(month)
  if (!pending) {
    pending = fetchMetrics({ level: 'region', category: 'all', from: month, to: month }).then(provinceTotal)
    pending.catch(() => cache.delete(month))
    cache.set(month, pending)
  }
  return pending
}

/** Totals of the months, in order; at most `concurrency` requests in flight. A failed month reads null. */
export async function monthlyTotals(months: readonly string[], concurrency = 3): Promise<(number | null)[]> {
  const totals: (number | null)[] = new Array(months.length).fill(null)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < months.length) {
      const i = next++
      totals[i] = await monthTotal(months[i] as string).catch(() => null)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, months.length) }, worker))
  return totals
}
