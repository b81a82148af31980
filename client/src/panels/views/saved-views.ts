/** A saved view: a snapshot of the page's URL state (query string), named for the presenter. */
export interface SavedView {
  id: string
  name: string
  /** The query string of the view, e.g. "?lang=fr&category=food&level=mrc&sel=12". */
  search: string
  /** ISO 8601. */
  savedAt: string
}

export const STORAGE_KEY = 'lacunes.savedViews.v1'

function isSavedView(value: unknown): value is SavedView {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return typeof v.id === 'string' && typeof v.name === 'string' && typeof v.search === 'string' && typeof v.savedAt === 'string'
}

/** The saved views of this browser; a missing, corrupt or unreadable store reads as none. */
export function loadViews(storage: Pick<Storage, 'getItem'> | null): SavedView[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '[]')
    return Array.isArray(parsed) ? parsed.filter(isSavedView) : []
  } catch {
    return []
  }
}

/** Writes the views; false when the browser refuses (private mode, quota), so the caller can say so. */
export function storeViews(storage: Pick<Storage, 'setItem'> | null, views: readonly SavedView[]): boolean {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(views))
    return storage !== null
  } catch {
    return false
  }
}

/** The views with one more at the end; a blank name falls back to `fallbackName`. */
export function addView(views: readonly SavedView[], name: string, fallbackName: string, search: string, now: Date): SavedView[] {
  const id = `${now.getTime().toString(36)}-${views.length}`
  return [...views, { id, name: name.trim() || fallbackName, search, savedAt: now.toISOString() }]
}

export function removeView(views: readonly SavedView[], id: string): SavedView[] {
  return views.filter((view) => view.id !== id)
}

/** The index `delta` steps from `index`, stopping at both ends (a presentation does not wrap round). */
export function stepIndex(index: number, delta: number, count: number): number {
  if (count === 0) return 0
  return Math.max(0, Math.min(count - 1, index + delta))
}
