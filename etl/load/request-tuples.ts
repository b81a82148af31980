/**
 * Turns packed request batches (request-batch.ts) into rows of `request` in PostgreSQL's binary COPY
 * format (core/db/binary-copy.ts), with their keyed-hash ids, and tallies them as import_count groups
 * them. Runs wherever the encoder runs (request-encoder.ts): in a worker thread for a large file.
 *
 * Binary, not CSV: the server takes in a million binary rows for about half the CPU of parsing them
 * as text, and an id goes in as its 16 bytes instead of 36 hex digits.
 */
import type { BinaryChunk } from '../../core/db/database'
import { monthOfIsoWeek } from '../../core/domain/iso-week'
import { AGE_GROUPS, CHANNELS, LANGUAGES, OUTCOMES, PRECISIONS } from '../../core/domain/request-fields'
import { hmacSha256PrefixOfJoinedInto } from '../anonymize/hmac-sha256'
import { requestIdSuffix } from '../anonymize/source-hash'
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

/** 2000-01-01, day 0 of PostgreSQL's binary dates, in days since 1970-01-01. */
const POSTGRES_EPOCH_DAY = 10_957
const DAY_MS = 86_400_000

interface Week {
  /** The iso_week and month fields, each with its length: 4 + 8 + 4 + 4 bytes. */
  fields: Uint8Array
  monthIndex: number
}

/** A field as the binary format writes it: its byte length (32-bit, big-endian), then its bytes. */
function field(bytes: Uint8Array): Uint8Array {
  const out = Buffer.alloc(4 + bytes.length)
  out.writeInt32BE(bytes.length, 0)
  out.set(bytes, 4)
  return out
}

const textField = (value: string): Uint8Array => field(Buffer.from(value, 'utf8'))

function int32Field(value: number): Uint8Array {
  const bytes = Buffer.alloc(4)
  bytes.writeInt32BE(value, 0)
  return field(bytes)
}

/** Row start: 12 fields (REQUEST_COLUMNS), then the id's length; its 16 bytes follow. */
const ROW_START = Uint8Array.from([0, 12, 0, 0, 0, 16])
/** synthetic: false. */
const NOT_SYNTHETIC = field(Uint8Array.of(0))

/** Encodes batches of one import, remembering its tally until cleared. */
export class RequestTupleWriter {
  readonly tally: ImportTally
  /** The id of the identity `identities.slice(from, from + length)` and a category's suffix (requestIdMessage). */
  private readonly hash: (identities: string, from: number, length: number, suffix: string, out: Uint8Array, offset: number) => void
  private readonly categorySuffixes: string[]
  private readonly importIdField: Uint8Array
  private readonly categoryFields: Uint8Array[]
  private readonly categoryTop: number[]
  private readonly outcomeFields = OUTCOMES.map(textField)
  private readonly ageFields = AGE_GROUPS.map(textField)
  private readonly languageFields = LANGUAGES.map(textField)
  private readonly channelFields = CHANNELS.map(textField)
  private readonly precisionFields = PRECISIONS.map(textField)
  private readonly weeks = new Map<number, Week>()
  /** No row is longer: each field at its longest. */
  private readonly maxRowBytes: number
  private scratch: Buffer

  constructor(private readonly setup: RequestEncoderSetup) {
    this.hash = hmacSha256PrefixOfJoinedInto(setup.secret)
    this.categorySuffixes = setup.categories.map(requestIdSuffix)
    this.importIdField = int32Field(setup.importId)
    this.tally = new ImportTally(new Map(setup.topCategory))
    this.categoryFields = setup.categories.map(textField)
    this.categoryTop = setup.categories.map((id) => this.tally.topOf(id))
    const longest = (fields: readonly Uint8Array[]) => Math.max(0, ...fields.map((f) => f.length))
    this.maxRowBytes =
      ROW_START.length + 16 + this.importIdField.length + 20 + longest(this.categoryFields) + longest(this.outcomeFields) + longest(this.ageFields) +
      longest(this.languageFields) + longest(this.channelFields) + 8 + longest(this.precisionFields) + NOT_SYNTHETIC.length
    this.scratch = Buffer.allocUnsafeSlow(512 * this.maxRowBytes)
  }

  /** The batch's records as binary COPY rows of REQUEST_COLUMNS, ids filled in; tallies them. */
  tuples(batch: RequestBatch): BinaryChunk {
    const { codes, identities } = batch
    if (codes.length % FIELDS_PER_RECORD !== 0) throw new Error(`a request batch of ${codes.length} codes is not whole records of ${FIELDS_PER_RECORD}`)
    const records = codes.length / FIELDS_PER_RECORD
    // One scratch buffer, grown when a batch needs it: a batch allocates nothing but its answer.
    if (this.scratch.length < records * this.maxRowBytes) this.scratch = Buffer.allocUnsafeSlow(records * this.maxRowBytes)
    const out = this.scratch
    const categories = this.setup.categories
    let at = 0
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
      // Out-of-range outcome, channel and age group are refused here, before the row is written.
      this.tally.addCodes(placeId, this.categoryTop[category] as number, week.monthIndex, outcome, channel, ageGroup)
      at = put(out, at, ROW_START)
      this.hash(identities, from, length, this.categorySuffixes[category] as string, out, at)
      at += 16
      at = put(out, at, this.importIdField)
      at = put(out, at, week.fields)
      at = put(out, at, this.categoryFields[category] as Uint8Array)
      at = put(out, at, this.outcomeFields[outcome] as Uint8Array)
      at = put(out, at, this.ageFields[ageGroup] as Uint8Array)
      at = put(out, at, this.languageFields[language] as Uint8Array)
      at = put(out, at, this.channelFields[channel] as Uint8Array)
      out[at] = 0
      out[at + 1] = 0
      out[at + 2] = 0
      out[at + 3] = 4
      out.writeInt32BE(placeId, at + 4)
      at += 8
      at = put(out, at, this.precisionFields[precision] as Uint8Array)
      at = put(out, at, NOT_SYNTHETIC)
      from += length
    }
    if (from !== identities.length) throw new Error('the identities of a request batch are longer than its records say')
    // A copy of its own: the answer may be transferred to another thread while the scratch is reused.
    return new Uint8Array(out.subarray(0, at))
  }

  private week(code: number): Week {
    let week = this.weeks.get(code)
    if (week === undefined) {
      const isoWeek = weekOfCode(code)
      if (!/^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/.test(isoWeek)) throw new Error(`request batch: ${code} is not a week code`)
      const month = monthOfIsoWeek(isoWeek)
      const day = Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1) / DAY_MS - POSTGRES_EPOCH_DAY
      week = { fields: Buffer.concat([textField(isoWeek), int32Field(day)]), monthIndex: monthIndex(month) }
      this.weeks.set(code, week)
    }
    return week
  }
}

/** Copies `bytes` into `out` at `at`; returns the end. A loop: these fields are a few bytes, shorter than a call to set costs. */
function put(out: Uint8Array, at: number, bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) out[at + i] = bytes[i] as number
  return at + bytes.length
}
