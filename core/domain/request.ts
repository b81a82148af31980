import type { AgeGroup, Channel, Outcome, RequestLanguage } from './request-fields'

/** The allow-listed fields of an anonymized request, as every writer of requests produces them. */
export interface RequestFields {
  /** Keyed hash of the source id and category (a random-looking UUID). */
  id: string
  /** ISO week, "YYYY-Www": no date finer than the week is kept. */
  isoWeek: string
  /** First day of the month that holds the week's Thursday. */
  month: string
  category: string
  outcome: Outcome
  ageGroup: AgeGroup
  language: RequestLanguage
  channel: Channel
}
