/**
 * The comparison key of a place name: accents, case, apostrophes and dashes ignored, and the
 * abbreviations of Quebec toponymy expanded, so "Ste-Anne-des-Monts", "SAINTE ANNE DES MONTS" and
 * "Sainte–Anne-des-Monts" meet, and so do "Sacré-Cœur" and "Sacre-Coeur".
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[’'`´]/g, ' ')
    .replace(/[\u2010-\u2015\-_/.,()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map((word) => ABBREVIATIONS[word] ?? word)
    .join(' ')
}

const ABBREVIATIONS: Record<string, string> = {
  st: 'saint',
  ste: 'sainte',
  sts: 'saints',
  stes: 'saintes',
  mt: 'mont',
}
