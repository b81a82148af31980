import type { MetricsRow } from '../../../../core/api/types'
import type { RankingColumn } from '../messages'

export type SortDirection = 'asc' | 'desc'

export interface SortOrder {
  column: RankingColumn
  direction: SortDirection
}

/** Territories ranked by gap, largest first: "more need than access" comes first (docs/METRICS.md). */
export const DEFAULT_SORT: SortOrder = { column: 'gap', direction: 'desc' }

const collator = new Intl.Collator('fr-CA', { sensitivity: 'base', numeric: true })

/**
 * Rows sorted by one column. Absent values (withheld or missing) always come last, whatever the
 * direction, so "< k" never poses as the smallest or the largest; ties keep name order.
 */
export function sortRows(rows: readonly MetricsRow[], order: SortOrder): MetricsRow[] {
  const sign = order.direction === 'asc' ? 1 : -1
  const byName = (a: MetricsRow, b: MetricsRow) => collator.compare(a.name, b.name)
  if (order.column === 'name') return [...rows].sort((a, b) => sign * byName(a, b))
  const column = order.column
  return [...rows].sort((a, b) => {
    const x = a[column]
    const y = b[column]
    if (x === null && y === null) return byName(a, b)
    if (x === null) return 1
    if (y === null) return -1
    return x === y ? byName(a, b) : sign * (x - y)
  })
}

/** The order after activating a column header: the same column flips, a new one starts at its natural direction. */
export function nextSort(current: SortOrder, column: RankingColumn): SortOrder {
  if (current.column === column) return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' }
  // Names read A to Z; figures are ranked largest first.
  return { column, direction: column === 'name' ? 'asc' : 'desc' }
}
