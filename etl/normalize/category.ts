/** Need categories from free text in French or English onto the taxonomy (several per cell allowed). */
import { AIRS_PREFIXES, CATEGORY_SYNONYMS } from './category-synonyms'
import { foldText } from './text-key'

/** A category as the `category` table holds it. */
export interface CategoryRow {
  id: string
  parent_id: string | null
  label_fr: string
  label_en: string
}

export interface CategoryMatch {
  /** Category ids found, deduplicated, in the order of the text. */
  ids: string[]
  /** Pieces of the text that matched nothing, as written (trimmed). */
  unknown: string[]
}

/** Longest phrase looked for, in words. */
const MAX_PHRASE_WORDS = 10
/** Distinct cell texts remembered per taxonomy (real files repeat a few hundred values). */
const CACHE_LIMIT = 50_000

/** Separators between categories: ; | / newline tab, commas, and " et ", " and ", " ou ", " or ", " & ", " + ", " - ". */
const SEPARATOR = /\s*(?:[;|/\n\r\t•]|,(?!\d)|\s+(?:et|and|&|ou|or|\+|[-–—])\s+)\s*/giu

interface CategoryIndex {
  phrases: Map<string, string>
  airs: Map<string, string>
  cache: Map<string, CategoryMatch>
}

const indexes = new WeakMap<readonly CategoryRow[], CategoryIndex>()

/**
 * The categories named in a cell. A cell may list several, separated by ; , / | newlines,
 * " et " or " and ": pieces are matched greedily, longest first, so a label that itself holds a
 * separator ("Aide au loyer et recherche de logement", "Vêtements, meubles et électroménagers")
 * still matches whole. A piece matches when, accents, case, punctuation and plural "s" aside, it
 * is a category id ("food.bank", "housing"), a label of the taxonomy, or a synonym
 * (category-synonyms.ts); failing that, the longest known phrase it contains ("Aide alimentaire
 * d'urgence" → food). An AIRS/211 code prefix ("BD-1800.2000 Food Pantries") is read too.
 */
export function matchCategories(text: string, categories: readonly CategoryRow[]): CategoryMatch {
  const index = indexOf(categories)
  const cached = index.cache.get(text)
  if (cached) return { ids: [...cached.ids], unknown: [...cached.unknown] }
  const result = match(text, index)
  if (index.cache.size >= CACHE_LIMIT) index.cache.clear()
  index.cache.set(text, result)
  return { ids: [...result.ids], unknown: [...result.unknown] }
}

function match(text: string, index: CategoryIndex): CategoryMatch {
  const ids: string[] = []
  const unknown: string[] = []
  const add = (id: string) => {
    if (!ids.includes(id)) ids.push(id)
  }
  const segments = splitSegments(text)
  let i = 0
  while (i < segments.length) {
    let matched = false
    for (let j = Math.min(segments.length, i + MAX_PHRASE_WORDS) - 1; j >= i && !matched; j--) {
      const phrase = text.slice(segments[i]!.start, segments[j]!.end)
      const id = index.phrases.get(categoryKey(phrase))
      if (id !== undefined) {
        add(id)
        i = j + 1
        matched = true
      }
    }
    if (matched) continue
    const piece = segments[i]!.text
    const id = airsCategory(piece, index) ?? containedCategory(categoryKey(piece), index)
    if (id !== undefined) add(id)
    else unknown.push(piece)
    i++
  }
  return { ids, unknown }
}

interface Segment {
  text: string
  start: number
  end: number
}

/** The pieces between separators, with where they are in the text. */
function splitSegments(text: string): Segment[] {
  const segments: Segment[] = []
  let start = 0
  const push = (end: number) => {
    const raw = text.slice(start, end)
    const trimmed = raw.trim()
    if (trimmed !== '' && categoryKey(trimmed) !== '') {
      const offset = start + raw.indexOf(trimmed)
      segments.push({ text: trimmed, start: offset, end: offset + trimmed.length })
    }
  }
  for (const separator of text.matchAll(SEPARATOR)) {
    push(separator.index)
    start = separator.index + separator[0].length
  }
  push(text.length)
  return segments
}

/** foldText with a plural "s" dropped from words of more than three letters. */
export function categoryKey(text: string): string {
  return foldText(text)
    .split(' ')
    .map((word) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word))
    .join(' ')
}

/** The longest known phrase inside a piece (whole words), the earliest one among equals. */
function containedCategory(key: string, index: CategoryIndex): string | undefined {
  if (key === '') return undefined
  const words = key.split(' ')
  for (let n = Math.min(words.length - 1, MAX_PHRASE_WORDS); n >= 1; n--) {
    for (let start = 0; start + n <= words.length; start++) {
      const id = index.phrases.get(words.slice(start, start + n).join(' '))
      if (id !== undefined) return id
    }
  }
  return undefined
}

function airsCategory(piece: string, index: CategoryIndex): string | undefined {
  const code = /^([A-Z]{1,2})(-\d{4})(?:\.\d{3,4})*(?:-\d{3})?(?=\s|$)/.exec(piece.trim())
  if (!code) return undefined
  return index.airs.get(`${code[1]}${code[2]}`) ?? index.airs.get(code[1]!) ?? index.airs.get(code[1]!.charAt(0))
}

function indexOf(categories: readonly CategoryRow[]): CategoryIndex {
  let index = indexes.get(categories)
  if (!index) {
    index = buildIndex(categories)
    indexes.set(categories, index)
  }
  return index
}

function buildIndex(categories: readonly CategoryRow[]): CategoryIndex {
  const known = new Map(categories.map((category) => [category.id, category]))
  /** The id itself when the taxonomy has it, else its parent when it has that. */
  const resolve = (id: string): string | undefined => {
    if (known.has(id)) return id
    const parent = id.includes('.') ? id.slice(0, id.indexOf('.')) : undefined
    return parent !== undefined && known.has(parent) ? parent : undefined
  }
  const phrases = new Map<string, string>()
  const put = (phrase: string, id: string) => {
    const key = categoryKey(phrase)
    if (key !== '') phrases.set(key, id)
  }
  for (const [id, words] of Object.entries(CATEGORY_SYNONYMS)) {
    const target = resolve(id)
    if (target !== undefined) for (const word of words) put(word, target)
  }
  // The taxonomy's own labels and ids override synonyms; parents first so a child label wins a tie.
  const ordered = [...categories].sort((a, b) => Number(a.parent_id !== null) - Number(b.parent_id !== null))
  for (const category of ordered) {
    put(category.label_fr, category.id)
    put(category.label_en, category.id)
  }
  for (const category of categories) put(category.id, category.id)
  const airs = new Map<string, string>()
  for (const [code, id] of Object.entries(AIRS_PREFIXES)) {
    const target = resolve(id)
    if (target !== undefined) airs.set(code, target)
  }
  return { phrases, airs, cache: new Map() }
}
