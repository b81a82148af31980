/** Canadian postal codes in any case and spacing, as "H2X 1Y4", and their forward sortation area (FSA). */

/**
 * Letters Canada Post uses: never D F I O Q U; W and Z never first. The first letter is the
 * province or region (G H J = Quebec, K = eastern Ontario with Ottawa).
 */
const FIRST = 'ABCEGHJKLMNPRSTVXY'
const OTHER = 'ABCEGHJKLMNPRSTVWXYZ'
const FULL = new RegExp(`^([${FIRST}][0-9][${OTHER}])([0-9][${OTHER}][0-9])$`)
const FSA = new RegExp(`^[${FIRST}][0-9][${OTHER}]$`)
const CANONICAL = new RegExp(`^[${FIRST}][0-9][${OTHER}] [0-9][${OTHER}][0-9]$`)
/** Spaces of any kind, hyphens and dashes, dots and underscores typed inside a code. */
const SEPARATORS = /[\s\u00a0\u2007\u202f\-\u2010-\u2015._]+/g

/** "H2X 1Y4" from "h2x1y4", "H2X-1Y4", " h2x 1y4 ", ...; null when it is not a valid Canadian postal code. */
export function normalizePostalCode(text: string | null | undefined): string | null {
  if (text == null) return null
  if (text.length === 7 && CANONICAL.test(text)) return text
  const match = FULL.exec(text.replace(SEPARATORS, '').toUpperCase())
  return match ? `${match[1]} ${match[2]}` : null
}

/** The FSA ("H2X") of a postal code in any form, or null when the code is not valid. */
export function fsaOf(code: string | null | undefined): string | null {
  const normalized = normalizePostalCode(code)
  return normalized === null ? null : normalized.slice(0, 3)
}

/** A forward sortation area written alone ("h2x", " H2X ") as "H2X"; null when invalid. */
export function normalizeFsa(text: string | null | undefined): string | null {
  if (text == null) return null
  const fsa = text.replace(SEPARATORS, '').toUpperCase()
  return FSA.test(fsa) ? fsa : null
}

/** True for a rural FSA (second character 0), which can cover hundreds of square kilometres. */
export function isRuralFsa(fsa: string): boolean {
  return fsa.charAt(1) === '0'
}
