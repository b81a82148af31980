import type { DatasetMeta } from '../../../core/api/types'
import type { Messages } from '../i18n/messages'

/**
 * The provenance line under the legend: where the requests come from (demo or import),
 * which weeks they span, and whose boundaries are drawn, from /api/meta.
 */
export function sourceLine(meta: DatasetMeta, level: string, messages: Messages): string {
  const origin = meta.synthetic ? messages.sourceDemo : importOrigin(meta, messages)
  const { first_week, last_week } = meta.requests
  const weeks = first_week && last_week ? `, ${messages.sourceWeeks(first_week, last_week)}` : ''
  const sources = sourcesOfLevel(meta.sources, level)
  const boundaries = sources.length > 0 ? sources.map((source) => source.label).join('; ') : messages.defaultBoundaryCredits
  return `${messages.sourcePrefix}${origin}${weeks}; ${messages.boundariesPrefix}${boundaries}`
}

/**
 * Reference sources behind the boundaries and populations of each built-in level (ids of
 * /api/meta sources). /api/meta lists every source loaded, most of them irrelevant to one map;
 * a level not listed here (loaded by a user) credits them all.
 */
const SOURCES_BY_LEVEL: Record<string, readonly string[]> = {
  region: ['sda', 'mamh'],
  mrc: ['sda', 'mamh'],
  municipality: ['sda', 'mamh'],
  neighbourhood: ['montreal', 'quebec', 'ottawa', 'statcan'],
}

function sourcesOfLevel(sources: DatasetMeta['sources'], level: string): DatasetMeta['sources'] {
  const ids = SOURCES_BY_LEVEL[level]
  if (!ids) return sources
  const relevant = sources.filter((source) => ids.includes(source.id))
  return relevant.length > 0 ? relevant : sources
}

/** The request imports by their source name, most recent first; a generic label when none is named. */
function importOrigin(meta: DatasetMeta, messages: Messages): string {
  const names = [...meta.imports]
    .filter((entry) => entry.kind === 'requests' && !entry.synthetic && entry.source.trim() !== '')
    .sort((a, b) => b.finished_at.localeCompare(a.finished_at))
    .map((entry) => entry.source)
  const unique = [...new Set(names)]
  return unique.length > 0 ? `${messages.sourceImport} (${unique.join(', ')})` : messages.sourceImport
}
