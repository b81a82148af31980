/**
 * A chunk of anonymized requests as it crosses to the encoder (request-encoder.ts): small integers and
 * the records' identities, nothing else. The import thread packs its records here; the encoder, in a
 * worker thread for a large file, turns them into COPY lines, hashes their ids and tallies them. A
 * million COPY lines built and sent as text cost the import thread more than its normalizing did.
 */
import type { AgeGroup, Channel, Outcome, Precision, RequestLanguage } from '../../core/domain/request-fields'
import { AGE_CODE, CHANNEL_CODE, LANGUAGE_CODE, OUTCOME_CODE, PRECISION_CODE } from './vocabulary-codes'

/** The integers of one record in RequestBatch.codes, in this order. */
export const BATCH_FIELDS = ['week', 'category', 'outcome', 'ageGroup', 'language', 'channel', 'placeId', 'precision', 'identityLength'] as const
export const FIELDS_PER_RECORD = BATCH_FIELDS.length

export interface RequestBatch {
  /** FIELDS_PER_RECORD integers per record (see BATCH_FIELDS; weekCode, indexes into the vocabularies). */
  codes: Int32Array
  /** The records' identities (source id, or content key) end to end; each one's length is in codes. */
  identities: string
}

/** What a record must give to be packed. */
export interface PackableRequest {
  /** What the request's id is the keyed hash of, with its category: the source id or a content key. */
  identity: string
  /** weekCode of its ISO week. */
  week: number
  /** Index of its category in the import's category list (RequestEncoderSetup.categories). */
  category: number
  outcome: Outcome
  ageGroup: AgeGroup
  language: RequestLanguage
  channel: Channel
  placeId: number
  precision: Precision
}

/** An ISO week "YYYY-Www" as one integer, YYYY × 100 + ww. */
export function weekCode(isoWeek: string): number {
  return Number(isoWeek.slice(0, 4)) * 100 + Number(isoWeek.slice(6, 8))
}

/** The ISO week of a weekCode. */
export function weekOfCode(code: number): string {
  return `${Math.floor(code / 100)}-W${String(code % 100).padStart(2, '0')}`
}

/** Packs records into a batch. */
export function packRequests(records: readonly PackableRequest[]): RequestBatch {
  const codes = new Int32Array(records.length * FIELDS_PER_RECORD)
  let identities = ''
  for (let i = 0, o = 0; i < records.length; i++, o += FIELDS_PER_RECORD) {
    const r = records[i] as PackableRequest
    codes[o] = r.week
    codes[o + 1] = r.category
    codes[o + 2] = OUTCOME_CODE[r.outcome]
    codes[o + 3] = AGE_CODE[r.ageGroup]
    codes[o + 4] = LANGUAGE_CODE[r.language]
    codes[o + 5] = CHANNEL_CODE[r.channel]
    codes[o + 6] = r.placeId
    codes[o + 7] = PRECISION_CODE[r.precision]
    codes[o + 8] = r.identity.length
    identities += r.identity
  }
  return { codes, identities }
}
