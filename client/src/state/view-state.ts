import { ALL_CATEGORIES } from '../../../core/domain/categories'
import { LEVEL_ID_PATTERN } from '../../../core/domain/levels'
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../i18n/language'
import { isMonth } from '../period/default-period'

/** The part of the view a link must reproduce. Later milestones add map position, selection, layers. */
export interface ViewState {
  language: Language
  /** A category id, or ALL_CATEGORIES. */
  category: string
  level: string
  /** An explicit period; null means "the last 12 months with data" (resolved from /api/meta). */
  period: { from: string; to: string } | null
}

export const DEFAULT_VIEW: ViewState = {
  language: DEFAULT_LANGUAGE,
  category: ALL_CATEGORIES,
  level: 'mrc',
  period: null,
}

// Category ids are lowercase words joined by "." (two-level taxonomy) or "_".
const CATEGORY_ID = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$/

/**
 * Reads a view from a query string. Anything malformed falls back to its default,
 * so a hand-edited or stale link still opens a working map.
 */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search)
  const lang = params.get('lang')
  const category = params.get('category')
  const level = params.get('level')
  const from = params.get('from')
  const to = params.get('to')
  return {
    language: isLanguage(lang) ? lang : DEFAULT_VIEW.language,
    category: category !== null && CATEGORY_ID.test(category) ? category : DEFAULT_VIEW.category,
    level: level !== null && LEVEL_ID_PATTERN.test(level) ? level : DEFAULT_VIEW.level,
    period: from !== null && to !== null && isMonth(from) && isMonth(to) && from <= to ? { from, to } : null,
  }
}

/**
 * Writes a view into a query string, keeping parameters this module does not own
 * (so features added later can share the URL without stepping on each other).
 */
export function serializeViewState(view: ViewState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch)
  params.set('lang', view.language)
  params.set('category', view.category)
  params.set('level', view.level)
  if (view.period) {
    params.set('from', view.period.from)
    params.set('to', view.period.to)
  } else {
    params.delete('from')
    params.delete('to')
  }
  return `?${params.toString()}`
}
