import { LOCALES, type Language } from './language'

/**
 * Number and period formatting per interface language. Formatters are cached because
 * Intl constructors are slow and the tooltip formats on every mouse move.
 */
const cache = new Map<string, Intl.NumberFormat>()

function formatter(language: Language, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const id = `${language}:${key}`
  let f = cache.get(id)
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[language], options)
    cache.set(id, f)
  }
  return f
}

/** Whole counts: population, requests. */
export function formatCount(language: Language, value: number): string {
  return formatter(language, 'count', { maximumFractionDigits: 0 }).format(value)
}

/** Rates per 1,000 inhabitants: one decimal by default; the legend asks for more when classes are narrow. */
export function formatRate(language: Language, value: number, digits = 1): string {
  return formatter(language, `rate${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)
}

/** A score around zero, always signed ("+0,42", "−1,10") so its side of zero reads at a glance. */
export function formatSignedRate(language: Language, value: number, digits = 2): string {
  return formatter(language, `signed${digits}`, { minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: 'exceptZero' }).format(value)
}

/** Shares in [0, 1] shown as percentages ("12 %" in French, "12%" in English), whole by default. */
export function formatShare(language: Language, value: number, digits = 0): string {
  return formatter(language, `share${digits}`, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value)
}

/** A distance in metres as kilometres: one decimal under 10 km, whole kilometres beyond. */
export function formatDistanceKm(language: Language, metres: number): string {
  const km = metres / 1000
  return formatRate(language, km, km < 10 ? 1 : 0)
}

/** What a suppressed figure reads as: never blank, never zero. */
export function formatSuppressed(k: number): string {
  return `< ${k}`
}

const MONTH = /^(\d{4})-(\d{2})$/
const monthFormats = new Map<Language, Intl.DateTimeFormat>()

/**
 * One month formatter per language: the period slider labels every month of its histogram on each render, and a
 * new Intl.DateTimeFormat each time cost about 130 ms of the first page load.
 */
function monthFormat(language: Language): Intl.DateTimeFormat {
  let f = monthFormats.get(language)
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[language], { month: 'short', year: 'numeric', timeZone: 'UTC' })
    monthFormats.set(language, f)
  }
  return f
}

/** "janv. 2025" / "Jan 2025" from a YYYY-MM month; the input back when it is not one. */
export function formatMonth(language: Language, month: string): string {
  const m = MONTH.exec(month)
  if (!m) return month
  // Noon UTC on the 1st, formatted in UTC, so no time zone shifts the month.
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1, 12))
  return monthFormat(language).format(date)
}

/** An inclusive range of months, e.g. "janv. 2025 – déc. 2025". */
export function formatMonthRange(language: Language, from: string, to: string): string {
  if (from === to) return formatMonth(language, from)
  return `${formatMonth(language, from)} – ${formatMonth(language, to)}`
}
