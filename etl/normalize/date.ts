/**
 * Dates in the formats call software and spreadsheets export, as a UTC-midnight Date
 * (then `isoWeekOf` from core/domain/iso-week.ts gives the week stored).
 *
 * Numeric day/month order: a date written with the year last (14/03/2025, 14-03-2025, 14.03.2025)
 * is read day first, the Quebec usage, unless it cannot be: when the first number is ≤ 12 and the
 * second > 12 (03/14/2025) it is read month first. A whole column can be checked with
 * `detectDateOrder` and its answer passed as `order`, so a file written month first is read month
 * first even for 03/04/2025. Years are four digits (2000..2100): two-digit years are refused.
 * A time of day is ignored; a timestamp with an explicit offset ("Z", "-05:00") is converted to
 * Quebec local time (America/Toronto) before its date is taken.
 */

export type DateOrder = 'dmy' | 'mdy'

export interface ParsedDate {
  /** The calendar date at 00:00 UTC. */
  date: Date
}

export interface ParseDateOptions {
  /** Order of numeric dates with the year last; default `dmy` with month-first inference (see above). */
  order?: DateOrder
}

const MIN_YEAR = 2000
const MAX_YEAR = 2100
/** Day 0 of Excel's 1900 date system (serial 1 = 1900-01-01, counting the fictitious 1900-02-29). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30)
const DAY_MS = 86_400_000

const MONTHS: Record<string, number> = {}
const monthNames: readonly (readonly string[])[] = [
  ['janvier', 'janv', 'jan', 'january'],
  ['fevrier', 'fevr', 'fev', 'feb', 'february', 'febr'],
  ['mars', 'mar', 'march'],
  ['avril', 'avr', 'apr', 'april'],
  ['mai', 'may'],
  ['juin', 'jun', 'june'],
  ['juillet', 'juil', 'jul', 'july'],
  ['aout', 'aug', 'august'],
  ['septembre', 'sept', 'sep', 'september'],
  ['octobre', 'oct', 'october'],
  ['novembre', 'nov', 'november'],
  ['decembre', 'dec', 'december'],
]
monthNames.forEach((names, index) => names.forEach((name) => (MONTHS[name] = index + 1)))

const SKIP_WORDS = new Set([
  'le', 'the', 'on', 'of', 'de', 'du',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lun', 'mer', 'jeu', 'ven', 'sam', 'dim',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
])

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i
const YEAR_FIRST = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[\sT]+\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?$/i
const YEAR_LAST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[\sT]+\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?$/i
const COMPACT = /^(20\d{2}|2100)(\d{2})(\d{2})$/
const SERIAL = /^(\d{5})(?:[.,]\d+)?$/
const TIME_TOKEN = /^\d{1,2}[:h]\d{2}(?::\d{2})?$|^[ap]m$/

/** The date of a text, or null when it is not a date or not a possible one (2025-02-30, year 1999). */
export function parseDate(text: string | null | undefined, options: ParseDateOptions = {}): ParsedDate | null {
  const raw = (text ?? '').trim()
  if (raw === '') return null

  let match = ISO.exec(raw)
  if (match) {
    const [, y, m, d, hh, mm, ss, zone] = match
    if (zone !== undefined) return fromInstant(Number(y), Number(m), Number(d), Number(hh), Number(mm), Number(ss ?? 0), zone)
    return make(Number(y), Number(m), Number(d))
  }
  match = YEAR_FIRST.exec(raw)
  if (match) return make(Number(match[1]), Number(match[2]), Number(match[3]))
  match = YEAR_LAST.exec(raw)
  if (match) {
    const a = Number(match[1])
    const b = Number(match[3])
    const year = Number(match[4])
    const monthFirst = options.order === 'mdy' || (options.order === undefined && a <= 12 && b > 12)
    return monthFirst ? make(year, a, b) : make(year, b, a)
  }
  match = COMPACT.exec(raw)
  if (match) return make(Number(match[1]), Number(match[2]), Number(match[3]))
  match = SERIAL.exec(raw)
  if (match) return fromExcelSerial(Number(match[1]))
  return parseWords(raw)
}

/** The date of an Excel serial day number (1900 date system), or null outside 2000..2100. */
export function fromExcelSerial(serial: number): ParsedDate | null {
  if (!Number.isFinite(serial)) return null
  const date = new Date(EXCEL_EPOCH + Math.floor(serial) * DAY_MS)
  const year = date.getUTCFullYear()
  return year >= MIN_YEAR && year <= MAX_YEAR ? { date } : null
}

/**
 * The order of a column of numeric dates: `mdy` when some value can only be month first
 * (03/14/2025) and none only day first, `dmy` in the opposite case, null when no value decides
 * (or when values contradict each other).
 */
export function detectDateOrder(values: Iterable<string>): DateOrder | null {
  let dayFirst = false
  let monthFirst = false
  for (const value of values) {
    const match = YEAR_LAST.exec(value.trim())
    if (!match) continue
    const a = Number(match[1])
    const b = Number(match[3])
    if (a > 12 && b <= 12) dayFirst = true
    if (b > 12 && a <= 12) monthFirst = true
  }
  if (dayFirst === monthFirst) return null
  return dayFirst ? 'dmy' : 'mdy'
}

/** "14 mars 2025", "le 1er mars 2025", "vendredi 14 mars 2025", "March 14, 2025", "14-Mar-2025", "Mar 14 2025 10:22". */
function parseWords(raw: string): ParsedDate | null {
  const tokens = raw
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/(\d)(er|re|st|nd|rd|th|e)\b/g, '$1')
    .split(/[\s,./-]+/)
    .filter((token) => token !== '' && !SKIP_WORDS.has(token) && !TIME_TOKEN.test(token))
  if (tokens.length !== 3) return null
  const [a, b, c] = tokens as [string, string, string]
  if (!/^\d{4}$/.test(c)) {
    // "2025 mars 14" or "2025-Mar-14"
    if (/^\d{4}$/.test(a) && MONTHS[b] !== undefined && /^\d{1,2}$/.test(c)) return make(Number(a), MONTHS[b], Number(c))
    return null
  }
  const year = Number(c)
  if (/^\d{1,2}$/.test(a) && MONTHS[b] !== undefined) return make(year, MONTHS[b], Number(a))
  if (MONTHS[a] !== undefined && /^\d{1,2}$/.test(b)) return make(year, MONTHS[a], Number(b))
  return null
}

/** A UTC-midnight date when year, month and day form a real date in 2000..2100. */
function make(year: number, month: number, day: number): ParsedDate | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? { date } : null
}

const LOCAL_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto', year: 'numeric', month: '2-digit', day: '2-digit' })

/** The Quebec local date of an instant written with an offset. */
function fromInstant(year: number, month: number, day: number, hours: number, minutes: number, seconds: number, zone: string): ParsedDate | null {
  if (make(year, month, day) === null || hours > 23 || minutes > 59 || seconds > 59) return null
  let offsetMinutes = 0
  if (zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1
    const digits = zone.slice(1).replace(':', '')
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0))
  }
  const instant = Date.UTC(year, month - 1, day, hours, minutes, seconds) - offsetMinutes * 60_000
  const [y, m, d] = LOCAL_DATE.format(new Date(instant)).split('-').map(Number) as [number, number, number]
  return make(y, m, d)
}
