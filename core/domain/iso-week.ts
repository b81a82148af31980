/** ISO 8601 weeks: requests are stored by week, never by day, and counted in the month of the week's Thursday. */

const DAY_MS = 86_400_000

/** The ISO week of a UTC date, as "YYYY-Www". */
export function isoWeekOf(date: Date): string {
  const thursday = thursdayOf(date)
  const year = thursday.getUTCFullYear()
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1
  return `${year}-W${String(week).padStart(2, '0')}`
}

/** The month ("YYYY-MM-01") that holds the Thursday of an ISO week "YYYY-Www". */
export function monthOfIsoWeek(isoWeek: string): string {
  const match = /^(\d{4})-W(\d{2})$/.exec(isoWeek)
  if (!match) throw new Error(`not an ISO week: ${isoWeek}`)
  const year = Number(match[1])
  const week = Number(match[2])
  // The Thursday of week 1 is the first Thursday of the year; Jan 4 is always in week 1.
  const jan4 = new Date(Date.UTC(year, 0, 4))
  const thursday = new Date(thursdayOf(jan4).getTime() + (week - 1) * 7 * DAY_MS)
  return `${thursday.getUTCFullYear()}-${String(thursday.getUTCMonth() + 1).padStart(2, '0')}-01`
}

function thursdayOf(date: Date): Date {
  const day = (date.getUTCDay() + 6) % 7 // Monday = 0
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) + (3 - day) * DAY_MS)
}
