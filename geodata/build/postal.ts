// Canadian postal codes are stored without a space upstream (e.g. "H1T1G2"); we ship the Canada Post
// display form "H1T 1G2" everywhere so joins and display agree.

/** Normalize a postal code to "A1A 1A1"; blank stays blank; anything else returns null. */
export function normalizePostal(raw: string): string | null {
  const s = raw.replace(/\s+/g, '').toUpperCase();
  if (s === '') return '';
  return /^[A-Z]\d[A-Z]\d[A-Z]\d$/.test(s) ? `${s.slice(0, 3)} ${s.slice(3)}` : null;
}
