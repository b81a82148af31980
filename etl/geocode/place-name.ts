/**
 * A municipality name as files write it ("Ville de Saint-Jérôme", "Hatley (Canton)", "Gatineau, QC",
 * "N.-D.-du-Bon-Conseil") reduced to its gazetteer key and the designation it named, if any.
 */
import { nameKey } from '../../core/domain/name-key'

export interface ParsedPlaceName {
  /** nameKey of the bare name, with abbreviations of Quebec toponymy expanded. */
  key: string
  /** Folded designation the text named ("ville", "canton", "paroisse", ...), or null. */
  designation: string | null
}

/** Prefixes naming a designation, folded by nameKey, longest first; `null` for words that only introduce a place. */
const PREFIXES: readonly (readonly [string, string | null])[] = [
  ['municipalite de paroisse de', 'paroisse'],
  ['municipalite de canton de', 'canton'],
  ['municipalite du canton de', 'canton'],
  ['municipalite de village de', 'village'],
  ['municipalite de la paroisse de', 'paroisse'],
  ['cantons unis de', 'cantons unis'],
  ['municipalite de', 'municipalite'],
  ['municipalite des', 'municipalite'],
  ['municipalite du', 'municipalite'],
  ['municipalite d', 'municipalite'],
  ['municipality of', 'municipalite'],
  ['ville de', 'ville'],
  ['ville des', 'ville'],
  ['ville du', 'ville'],
  ['ville d', 'ville'],
  ['city of', 'ville'],
  ['town of', 'ville'],
  ['cite de', 'ville'],
  ['canton de', 'canton'],
  ['canton des', 'canton'],
  ['canton d', 'canton'],
  ['township of', 'canton'],
  ['paroisse de', 'paroisse'],
  ['paroisse des', 'paroisse'],
  ['paroisse du', 'paroisse'],
  ['paroisse d', 'paroisse'],
  ['parish of', 'paroisse'],
  ['village de', 'village'],
  ['village des', 'village'],
  ['village du', 'village'],
  ['village d', 'village'],
  ['village of', 'village'],
  ['arrondissement de', null],
  ['arrondissement du', null],
  ['arrondissement des', null],
  ['arrondissement d', null],
  ['arrondissement', null],
  ['arr', null],
  ['borough of', null],
  ['secteur de', null],
  ['secteur', null],
  ['quartier', null],
]

/** Designations written after the name, in parentheses or after a comma: words and MAMH abbreviations. */
const SUFFIXES: Record<string, string | null> = {
  ville: 'ville', v: 'ville', city: 'ville', town: 'ville',
  municipalite: 'municipalite', m: 'municipalite', mun: 'municipalite', municipality: 'municipalite',
  paroisse: 'paroisse', p: 'paroisse', parish: 'paroisse',
  canton: 'canton', ct: 'canton', township: 'canton',
  'cantons unis': 'cantons unis', cu: 'cantons unis',
  village: 'village', vl: 'village',
  'village nordique': 'village nordique', vn: 'village nordique',
  'territoire non organise': 'territoire non organise', tno: 'territoire non organise',
  'reserve indienne': 'reserve indienne', reserve: 'reserve indienne', r: 'reserve indienne',
  // A province or country after the name says nothing about which municipality it is.
  qc: null, quebec: null, que: null, pq: null, on: null, ont: null, ontario: null, canada: null, ca: null,
}

/** Reduces a municipality cell to its key and designation. */
export function parsePlaceName(text: string): ParsedPlaceName {
  let designation: string | null = null
  let rest = text.trim()
  // Suffixes: "Hatley (Canton)", "Gatineau, QC", "Bedford (V)", "Sutton (Québec)", repeated.
  for (;;) {
    const match = /^(.+?)\s*(?:\(([^()]*)\)|,\s*([^,]*))\s*$/.exec(rest)
    if (!match) break
    const word = nameKey(match[2] ?? match[3] ?? '')
    if (!(word in SUFFIXES)) break
    designation = SUFFIXES[word] ?? designation
    rest = match[1]!
  }
  let key = placeKey(rest)
  for (const [prefix, named] of PREFIXES) {
    if (key.startsWith(`${prefix} `)) {
      key = key.slice(prefix.length + 1)
      designation = named ?? designation
      break
    }
  }
  return { key, designation }
}

/** nameKey, plus abbreviations of place names it leaves alone ("N.-D." → "notre dame"). */
export function placeKey(name: string): string {
  const key = nameKey(name)
  return key.includes('n d ') || key.endsWith(' n d') ? ` ${key} `.replace(/ n d (?=\S)/g, ' notre dame ').trim() : key
}

/** Variants of a key that differ by a leading article, tried when the key itself is unknown. */
export function articleVariants(key: string): string[] {
  const article = /^(l|la|le|les) (.+)$/.exec(key)
  if (article) return [article[2]!]
  return ['l', 'la', 'le', 'les'].map((a) => `${a} ${key}`)
}

/** The folded form of a gazetteer designation ("Municipalité" → "municipalite", "Village cri (Terre..." kept whole). */
export function designationKey(designation: string | null | undefined): string {
  return nameKey(designation ?? '')
}
