/**
 * Canadian postal codes as people type them ("j1x3w2", "J1X 3W2", "J1X"). Letters D, F, I, O, Q
 * and U never occur, and W and Z never lead; anything else is not a postal code.
 */
const FULL = /^([ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z])\s*([0-9][ABCEGHJ-NPRSTV-Z][0-9])$/
const FSA = /^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z]$/

export type PostalQuery = { kind: 'postal_code'; code: string; label: string } | { kind: 'fsa'; code: string; label: string }

/** The postal code or forward sortation area typed, normalized; null when the text is not one. */
export function parsePostalQuery(text: string): PostalQuery | null {
  const q = text.trim().toUpperCase()
  const full = FULL.exec(q)
  if (full) return { kind: 'postal_code', code: `${full[1]}${full[2]}`, label: `${full[1]} ${full[2]}` }
  if (FSA.test(q)) return { kind: 'fsa', code: q, label: q }
  return null
}
