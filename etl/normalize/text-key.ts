/** The comparison key of a free-text value (category, outcome, channel, ...): accents, case and punctuation ignored. */

/**
 * Lower-cased, accents removed (œ → oe, æ → ae), every run of characters other than letters and
 * digits turned into one space, trimmed: "Dépannage  alimentaire!" → "depannage alimentaire".
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/**
 * A lookup of folded phrases: `exact` matches the whole text, `prefix` also matches a text that
 * starts with the phrase followed by more words ("Référé vers le CLSC" → "refere"), longest phrase first.
 */
export class PhraseTable<T> {
  private readonly map = new Map<string, T>()
  private maxWords = 1

  constructor(entries: Iterable<readonly [string, T]> = []) {
    for (const [phrase, value] of entries) this.set(phrase, value)
  }

  /** Adds a phrase (folded here); a later phrase with the same key replaces the earlier one. */
  set(phrase: string, value: T): void {
    const key = foldText(phrase)
    if (key === '') return
    this.map.set(key, value)
    this.maxWords = Math.max(this.maxWords, key.split(' ').length)
  }

  /** The value of a text that is exactly one known phrase (after folding). */
  exact(text: string): T | undefined {
    return this.map.get(foldText(text))
  }

  /** The value of the longest known phrase the folded text starts with (whole words). */
  prefix(text: string): T | undefined {
    const words = foldText(text).split(' ')
    for (let n = Math.min(words.length, this.maxWords); n >= 1; n--) {
      const value = this.map.get(words.slice(0, n).join(' '))
      if (value !== undefined) return value
    }
    return undefined
  }
}
