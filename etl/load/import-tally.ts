/**
 * The requests of an import counted as import_count groups them (place, top-level category, month,
 * outcome, channel, age group), as the rows stream by. A million records must not cost a million
 * strings: each group is one small integer under its place, and only the groups become text.
 */
import { AGE_GROUPS, CHANNELS, OUTCOMES } from '../../core/domain/request-fields'

/** Months from 1900-01 to 2101-12: an import accepts dates of 2000..2100, whose ISO week may end in 2101. */
const MONTHS = 12 * 202

/** The columns of import_count, in the order of tallyLines. */
export const IMPORT_COUNT_COLUMNS = ['place_id', 'category_id', 'month', 'outcome', 'channel', 'age_group', 'n'] as const

/** Months since 1900-01 of a month's first day written YYYY-MM-01. */
export function monthIndex(month: string): number {
  return (Number(month.slice(0, 4)) - 1900) * 12 + Number(month.slice(5, 7)) - 1
}

export class ImportTally {
  private readonly topIndex = new Map<string, number>()
  private readonly tops: string[]
  /** Per place, each group's count in a box: a record costs one look-up, not a get and a set. */
  private byPlace: (Map<number, { n: number }> | undefined)[] = []

  /** `topCategory` gives each category id its top-level category. */
  constructor(topCategory: ReadonlyMap<string, string>) {
    this.tops = [...new Set(topCategory.values())]
    if (this.tops.length * MONTHS * OUTCOMES.length * CHANNELS.length * AGE_GROUPS.length > 2 ** 30) throw new Error(`too many top-level categories to tally: ${this.tops.length}`)
    for (const [id, top] of topCategory) this.topIndex.set(id, this.tops.indexOf(top))
  }

  /** The index of a category's top-level category, for addCodes. */
  topOf(category: string): number {
    const top = this.topIndex.get(category)
    if (top === undefined) throw new Error(`tally: unknown category ${category}`)
    return top
  }

  /**
   * Counts one request given as indexes: `top` from topOf, `month` from monthIndex, the others into
   * OUTCOMES, CHANNELS and AGE_GROUPS (vocabulary-codes.ts), as a request batch carries them.
   */
  addCodes(placeId: number, top: number, month: number, outcome: number, channel: number, ageGroup: number): void {
    if (!(month >= 0 && month < MONTHS)) throw new Error(`tally: month ${month} is outside 1900-01..2101-12`)
    if (!(top >= 0 && top < this.tops.length && outcome >= 0 && outcome < OUTCOMES.length && channel >= 0 && channel < CHANNELS.length && ageGroup >= 0 && ageGroup < AGE_GROUPS.length)) {
      throw new Error(`tally: codes out of range (top ${top}, outcome ${outcome}, channel ${channel}, age group ${ageGroup})`)
    }
    const key = (((top * MONTHS + month) * OUTCOMES.length + outcome) * CHANNELS.length + channel) * AGE_GROUPS.length + ageGroup
    let groups = this.byPlace[placeId]
    if (groups === undefined) {
      groups = new Map()
      this.byPlace[placeId] = groups
    }
    const count = groups.get(key)
    if (count === undefined) groups.set(key, { n: 1 })
    else count.n++
  }

  /** Forgets every count (a new pass over the file). */
  clear(): void {
    this.byPlace = []
  }

  /** The groups as CSV lines of IMPORT_COUNT_COLUMNS, in chunks of about 1 MB. */
  *lines(): Generator<string> {
    let chunk = ''
    for (let placeId = 0; placeId < this.byPlace.length; placeId++) {
      const groups = this.byPlace[placeId]
      if (!groups) continue
      for (const [key, { n }] of groups) {
        let rest = key
        const age = AGE_GROUPS[rest % AGE_GROUPS.length]
        rest = Math.floor(rest / AGE_GROUPS.length)
        const channel = CHANNELS[rest % CHANNELS.length]
        rest = Math.floor(rest / CHANNELS.length)
        const outcome = OUTCOMES[rest % OUTCOMES.length]
        rest = Math.floor(rest / OUTCOMES.length)
        const month = rest % MONTHS
        const top = this.tops[Math.floor(rest / MONTHS)]
        const monthText = `${1900 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-01`
        chunk += `${placeId},"${top}",${monthText},${outcome},${channel},${age},${n}\n`
        if (chunk.length > 1 << 20) {
          yield chunk
          chunk = ''
        }
      }
    }
    if (chunk) yield chunk
  }
}
