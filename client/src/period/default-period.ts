/**
 * The period shown by default: the last 12 months that have data, ending with the month
 * of the most recent request week published by /api/meta.
 */
export interface Period {
  /** First month, YYYY-MM, inclusive. */
  from: string
  /** Last month, YYYY-MM, inclusive. */
  to: string
}

export const DEFAULT_PERIOD_MONTHS = 12

const ISO_WEEK = /^(\d{4})-W(\d{2})$/
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/
const MONTH = /^(\d{4})-(\d{2})$/

export function isMonth(value: string): boolean {
  const m = MONTH.exec(value)
  return m !== null && Number(m[2]) >= 1 && Number(m[2]) <= 12
}

function monthOf(date: Date): string {
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`
}

/**
 * The month of a week. An ISO week ("2025-W07") belongs to the month of its Thursday,
 * the same rule that assigns a week to its ISO year; a plain date gives its own month.
 */
export function monthOfWeek(week: string): string | null {
  const w = ISO_WEEK.exec(week)
  if (w) {
    const year = Number(w[1])
    const weekNumber = Number(w[2])
    if (weekNumber < 1 || weekNumber > 53) return null
    // January 4th is always in ISO week 1; step back to its Monday, then on to the week's Thursday.
    const jan4 = new Date(Date.UTC(year, 0, 4))
    const mondayOfWeek1 = Date.UTC(year, 0, 4 - ((jan4.getUTCDay() + 6) % 7))
    const thursday = new Date(mondayOfWeek1 + ((weekNumber - 1) * 7 + 3) * 86_400_000)
    return monthOf(thursday)
  }
  const d = ISO_DATE.exec(week)
  if (d) return isMonth(`${d[1]}-${d[2]}`) ? `${d[1]}-${d[2]}` : null
  return isMonth(week) ? week : null
}

/** The month `count` months before `month` (YYYY-MM). */
export function addMonths(month: string, count: number): string {
  const m = MONTH.exec(month)
  if (!m) throw new Error(`Not a YYYY-MM month: ${month}`)
  const index = Number(m[1]) * 12 + (Number(m[2]) - 1) + count
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
}

/** Last 12 months ending at the month of `lastWeek`, or ending this month when there is no data yet. */
export function defaultPeriod(lastWeek: string | null, today: Date = new Date()): Period {
  const to = (lastWeek !== null ? monthOfWeek(lastWeek) : null) ?? monthOf(today)
  return { from: addMonths(to, -(DEFAULT_PERIOD_MONTHS - 1)), to }
}
