/**
 * Turns packed request batches (request-batch.ts) into COPY lines of `request`, with their keyed-hash
 * ids, and tallies them as import_count groups them. Runs wherever the encoder runs (request-encoder.ts):
 * in a worker thread for a large file, so this work is off the import thread.
 */
import { monthOfIsoWeek } from '../../core/domain/iso-week'
import { AGE_GROUPS, CHANNELS, LANGUAGES, OUTCOMES, PRECISIONS } from '../../core/domain/request-fields'
import { hmacSha256UuidInto } from '../anonymize/hmac-sha256'
import { fillRequestIds, ID_PLACEHOLDER } from '../anonymize/request-id-lines'
import { requestIdMessage } from '../anonymize/source-hash'
import { csvLine } from './csv-rows'
import { ImportTally, monthIndex } from './import-tally'
import { FIELDS_PER_RECORD, weekOfCode, type RequestBatch } from './request-batch'

/** What an encoder needs to know of its import; plain data, so it can be sent to a worker thread. */
export interface RequestEncoderSetup {
  /** The key of the ids' keyed hash (LACUNES_SECRET). */
  secret: string
  importId: number
  /** The taxonomy's category ids; a batch's category is an index into this list. */
  categories: readonly string[]
  /** Each category id's top-level category id, for the tally. */
  topCategory: readonly (readonly [string, string])[]
}

interface Week {
  /** "YYYY-Www,YYYY-MM-01": the iso_week and month columns. */
  csv: string
  monthIndex: number
}

/** Encodes batches of one import, remembering its tally until cleared. */
export class RequestLineWriter {
  readonly tally: ImportTally
  private readonly hash: (message: string, out: Uint8Array, offset: number) => void
  private readonly prefix: string
  private readonly categoryCsv: string[]
  private readonly categoryTop: number[]
  private readonly weeks = new Map<number, Week>()

  constructor(private readonly setup: RequestEncoderSetup) {
    this.hash = hmacSha256UuidInto(setup.secret)
    this.prefix = `${ID_PLACEHOLDER},${setup.importId},`
    this.tally = new ImportTally(new Map(setup.topCategory))
    this.categoryCsv = setup.categories.map((id) => csvLine([id]).slice(0, -1))
    this.categoryTop = setup.categories.map((id) => this.tally.topOf(id))
  }

  /** The batch's records as COPY lines of REQUEST_COLUMNS, ids filled in; tallies them. */
  lines(batch: RequestBatch): string {
    const { codes, identities } = batch
    if (codes.length % FIELDS_PER_RECORD !== 0) throw new Error(`a request batch of ${codes.length} codes is not whole records of ${FIELDS_PER_RECORD}`)
    const categories = this.setup.categories
    const messages: string[] = []
    let text = ''
    let from = 0
    for (let o = 0; o < codes.length; o += FIELDS_PER_RECORD) {
      const category = codes[o + 1] as number
      const outcome = codes[o + 2] as number
      const ageGroup = codes[o + 3] as number
      const language = codes[o + 4] as number
      const channel = codes[o + 5] as number
      const placeId = codes[o + 6] as number
      const precision = codes[o + 7] as number
      const length = codes[o + 8] as number
      const categoryId = categories[category]
      if (categoryId === undefined || !(language >= 0 && language < LANGUAGES.length) || !(precision >= 0 && precision < PRECISIONS.length) || !(placeId > 0)) {
        throw new Error(`request batch record ${o / FIELDS_PER_RECORD}: codes out of range (category ${category}, language ${language}, precision ${precision}, place ${placeId})`)
      }
      if (!(length >= 0 && from + length <= identities.length)) throw new Error(`request batch record ${o / FIELDS_PER_RECORD}: its identity runs past the batch's`)
      const week = this.week(codes[o] as number)
      // Out-of-range outcome, channel and age group are refused here, before the line is written.
      this.tally.addCodes(placeId, this.categoryTop[category] as number, week.monthIndex, outcome, channel, ageGroup)
      text += `${this.prefix}${week.csv},${this.categoryCsv[category]},${OUTCOMES[outcome]},${AGE_GROUPS[ageGroup]},${LANGUAGES[language]},${CHANNELS[channel]},${placeId},${PRECISIONS[precision]},f\n`
      messages.push(requestIdMessage(identities.slice(from, from + length), categoryId))
      from += length
    }
    if (from !== identities.length) throw new Error('the identities of a request batch are longer than its records say')
    return fillRequestIds(text, messages, this.hash)
  }

  private week(code: number): Week {
    let week = this.weeks.get(code)
    if (week === undefined) {
      const isoWeek = weekOfCode(code)
      if (!/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/.test(isoWeek)) throw new Error(`request batch: ${code} is not a week code`)
      const month = monthOfIsoWeek(isoWeek)
      week = { csv: `${isoWeek},${month}`, monthIndex: monthIndex(month) }
      this.weeks.set(code, week)
    }
    return week
  }
}
