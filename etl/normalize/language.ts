/** Languages from free text: a request's language (fr, en, other, unknown) and a service's list of ISO 639-1 codes. */
import type { RequestLanguage } from '../../core/domain/request-fields'
import { PhraseTable, foldText } from './text-key'

/** Names (French and English) and codes of languages met in Quebec and Ottawa, by ISO 639-1 code (or 639-3 where none). */
const NAMES: Record<string, readonly string[]> = {
  fr: ['francais', 'french', 'fr', 'fra', 'fre', 'francophone', 'franco'],
  en: ['anglais', 'english', 'en', 'eng', 'ang', 'anglophone', 'anglo'],
  es: ['espagnol', 'spanish', 'es', 'spa', 'castillan', 'hispanophone'],
  ar: ['arabe', 'arabic', 'ar', 'ara', 'arabophone'],
  zh: ['chinois', 'chinese', 'mandarin', 'zh', 'zho', 'chi', 'putonghua'],
  yue: ['cantonais', 'cantonese', 'yue'],
  ht: ['creole', 'creole haitien', 'haitian creole', 'haitian', 'kreyol', 'ht', 'hat'],
  pt: ['portugais', 'portuguese', 'pt', 'por'],
  it: ['italien', 'italian', 'it', 'ita'],
  de: ['allemand', 'german', 'de', 'deu', 'ger'],
  ru: ['russe', 'russian', 'ru', 'rus'],
  uk: ['ukrainien', 'ukrainian', 'uk', 'ukr'],
  pl: ['polonais', 'polish', 'pl', 'pol'],
  ro: ['roumain', 'romanian', 'ro', 'ron', 'rum'],
  el: ['grec', 'greek', 'el', 'ell', 'gre'],
  vi: ['vietnamien', 'vietnamese', 'vi', 'vie'],
  fa: ['persan', 'farsi', 'persian', 'dari', 'fa', 'fas', 'per'],
  tl: ['tagalog', 'filipino', 'tl', 'tgl'],
  ta: ['tamoul', 'tamil', 'ta', 'tam'],
  pa: ['pendjabi', 'punjabi', 'panjabi', 'pa', 'pan'],
  ur: ['ourdou', 'urdu', 'ur', 'urd'],
  hi: ['hindi', 'hi', 'hin'],
  bn: ['bengali', 'bangla', 'bn', 'ben'],
  tr: ['turc', 'turkish', 'tr', 'tur'],
  ko: ['coreen', 'korean', 'ko', 'kor'],
  ja: ['japonais', 'japanese', 'ja', 'jpn'],
  so: ['somali', 'so', 'som'],
  sw: ['swahili', 'sw', 'swa'],
  am: ['amharique', 'amharic', 'am', 'amh'],
  ti: ['tigrinya', 'tigrigna', 'ti', 'tir'],
  ln: ['lingala', 'ln', 'lin'],
  he: ['hebreu', 'hebrew', 'he', 'heb'],
  yi: ['yiddish', 'yi', 'yid'],
  iu: ['inuktitut', 'iu', 'iku'],
  cr: ['cri', 'cree', 'eeyou', 'cr', 'cre'],
  moe: ['innu', 'innu aimun', 'montagnais', 'moe'],
  atj: ['atikamekw', 'attikamek', 'atj'],
  moh: ['mohawk', 'kanienkeha', 'moh'],
  oj: ['algonquin', 'anishinabe', 'anishinaabemowin', 'ojibwe', 'ojibway', 'oj', 'alq'],
  nsk: ['naskapi', 'nsk'],
  mic: ['micmac', 'mi kmaq', 'mikmaq', 'mic'],
  fqs: ['langue des signes quebecoise', 'lsq', 'fqs'],
  ase: ['langue des signes americaine', 'american sign language', 'asl', 'ase'],
}

const OTHER_WORDS = ['autre', 'autres', 'other', 'others', 'autre langue', 'other language', 'allophone', 'langue etrangere', 'foreign language']
const UNKNOWN_WORDS = ['inconnu', 'inconnue', 'unknown', 'n d', 'nd', 'n a', 'na', 'non precise', 'non precisee', 'non specifie',
  'not specified', 'unspecified', 'aucune', 'none', 'bilingue', 'bilingual', 'francais et anglais', 'french and english',
  'anglais et francais', 'english and french', 'fr en', 'en fr']

const CODES = new PhraseTable<string>(Object.entries(NAMES).flatMap(([code, names]) => names.map((name) => [name, code] as const)))
const REQUEST = new PhraseTable<RequestLanguage>([
  ...OTHER_WORDS.map((word) => [word, 'other'] as const),
  ...UNKNOWN_WORDS.map((word) => [word, 'unknown'] as const),
])

/** The ISO code of one language name or code ("Espagnol" → "es", "Créole haïtien" → "ht"), or null. */
export function languageCode(text: string): string | null {
  return CODES.exact(text) ?? null
}

/**
 * A request's language: French → `fr`, English → `en`, any other known language or "Autre" → `other`,
 * empty, "Inconnu" or "Bilingue" → `unknown`; unrecognized text → null (reported by the pipeline).
 */
export function normalizeLanguage(text: string | null | undefined): RequestLanguage | null {
  const key = foldText(text ?? '')
  if (key === '') return 'unknown'
  const known = REQUEST.exact(key)
  if (known !== undefined) return known
  const code = CODES.exact(key) ?? CODES.prefix(key)
  if (code === undefined) return null
  return code === 'fr' || code === 'en' ? code : 'other'
}

/**
 * The languages of a service from a list ("Français, anglais et espagnol", "FR/EN"): ISO codes,
 * deduplicated in order, and the pieces not recognized.
 */
export function parseLanguageList(text: string | null | undefined): { codes: string[]; unknown: string[] } {
  const codes: string[] = []
  const unknown: string[] = []
  for (const raw of (text ?? '').split(/[;,/|+\n&]|\s+(?:et|and|ou|or)\s+/i)) {
    const piece = raw.trim()
    if (piece === '') continue
    const key = foldText(piece)
    const found = key === 'bilingue' || key === 'bilingual' ? ['fr', 'en'] : [CODES.exact(key)]
    for (const code of found) if (code !== undefined && !codes.includes(code)) codes.push(code)
    if (found[0] === undefined) {
      if (REQUEST.exact(piece) === undefined) unknown.push(piece)
    }
  }
  return { codes, unknown }
}
