/** A request's age group from an age in years, a range ("18-34", "65 ans et plus") or a word ("Aîné"). */
import type { AgeGroup } from '../../core/domain/request-fields'
import { PhraseTable } from './text-key'

/** The groups as [lowest age, highest age] (inclusive). */
const BOUNDS: readonly (readonly [AgeGroup, number, number])[] = [
  ['0-17', 0, 17],
  ['18-34', 18, 34],
  ['35-49', 35, 49],
  ['50-64', 50, 64],
  ['65+', 65, Infinity],
]

const MAX_AGE = 120

const WORDS = new PhraseTable<AgeGroup>([
  ...['aine', 'ainee', 'aines', 'ainees', 'personne agee', 'personnes agees', 'senior', 'seniors', 'elderly',
    'older adult', 'older adults', 'troisieme age', 'retraite', 'retraitee', 'retired'].map((w) => [w, '65+'] as const),
  ...['enfant', 'enfants', 'child', 'children', 'bebe', 'baby', 'nourrisson', 'infant', 'adolescent', 'adolescente',
    'adolescents', 'ado', 'ados', 'teen', 'teenager', 'mineur', 'mineure', 'minor', 'moins de 18 ans', 'under 18',
    'less than 18'].map((w) => [w, '0-17'] as const),
  ...['jeune adulte', 'jeunes adultes', 'young adult', 'young adults'].map((w) => [w, '18-34'] as const),
  // Known words too wide for one group: stored as unknown, not reported as unrecognized.
  ...['adulte', 'adultes', 'adult', 'adults', 'jeune', 'jeunes', 'youth', 'famille', 'family', 'majeur', 'majeure',
    'inconnu', 'inconnue', 'unknown', 'n d', 'nd', 'n a', 'na', 'non precise', 'non specifie', 'not specified',
    'unspecified', 'refus', 'refuse', 'declined', 'prefere ne pas repondre', 'prefer not to say',
    'autre', 'other'].map((w) => [w, 'unknown'] as const),
])

/** The group holding every age of [low, high], or `unknown` when the range spans several groups. */
export function ageGroupOfRange(low: number, high: number): AgeGroup {
  if (!(low >= 0) || !(high >= low) || low > MAX_AGE) return 'unknown'
  const group = BOUNDS.find(([, from, to]) => low >= from && low <= to)
  return group && high <= group[2] ? group[0] : 'unknown'
}

/**
 * The age group of a free-text value. An age ("34", "34 ans", "34 years old") goes to its group;
 * a range goes to the group that holds it whole ("18-24" → 18-34, "75+" → 65+) and to `unknown`
 * when it spans several ("25-44", "Adulte"); empty → `unknown`; unrecognized text → null.
 * Group labels already in the vocabulary ("18-34", "65+") map to themselves.
 */
export function normalizeAgeGroup(text: string | null | undefined): AgeGroup | null {
  const raw = (text ?? '').trim()
  if (raw === '') return 'unknown'
  const word = WORDS.exact(raw)
  if (word !== undefined) return word
  const plain = raw.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ')

  // "65+", "65 +", "65 ans et plus", "65 and over", "65 years and older", "plus de 65 ans", ">= 65"
  const plus = /^(\d{1,3})\s*(?:\+|ans?\s+(?:et\s+)?(?:plus|\+)|(?:years?\s*(?:old\s*)?)?(?:and|or)\s+(?:over|older|more|up|plus)|et\s+plus)$/i.exec(plain)
    ?? /^(?:>=?|≥|plus\s+de|over|more\s+than|au\s+moins|at\s+least)\s*(\d{1,3})\s*(?:ans|years?)?$/i.exec(plain)
  if (plus) {
    const from = Number(plus[1]) + (/^(?:>(?!=)|plus\s+de|over|more\s+than)/i.test(plain) ? 1 : 0)
    return from > MAX_AGE ? null : ageGroupOfRange(from, Infinity)
  }
  // "moins de 18 ans", "under 18", "< 18", "0-17"
  const under = /^(?:<=?|≤|moins\s+de|under|less\s+than|below)\s*(\d{1,3})\s*(?:ans|years?)?$/i.exec(plain)
  if (under) {
    const to = Number(under[1]) - (/^(?:<(?!=)|moins\s+de|under|less\s+than|below)/i.test(plain) ? 1 : 0)
    return to < 0 || to > MAX_AGE ? null : ageGroupOfRange(0, to)
  }
  // "18-34", "18 à 34 ans", "18 to 34", "de 18 à 34 ans", "18–34"
  const range = /^(?:de\s+|from\s+|entre\s+|between\s+)?(\d{1,3})\s*(?:-|–|—|à|a|to|et|and)\s*(\d{1,3})\s*(?:ans|years?(?:\s+old)?)?$/i.exec(plain)
  if (range) {
    const low = Number(range[1])
    const high = Number(range[2])
    return high > MAX_AGE || low > high ? null : ageGroupOfRange(low, high)
  }
  // "34", "34 ans", "34 years old", "34.5", "Âge : 34"
  const age = /^(?:age\s*:?\s*)?(\d{1,3})(?:[.,]\d+)?(?:\s*(?:ans?|years?(?:\s+old)?|yo|y))?$/.exec(plain)
  if (age) {
    const years = Number(age[1])
    return years > MAX_AGE ? null : ageGroupOfRange(years, years)
  }
  return null
}
