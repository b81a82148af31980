import { useCallback, useState } from 'react'
import { addView, loadViews, removeView, storeViews, type SavedView } from './saved-views'

function browserStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage
  } catch {
    return null
  }
}

/** The saved views in localStorage, with save and delete; every change is written at once. */
export function useSavedViews(): { views: SavedView[]; save: (name: string, fallbackName: string, search: string) => void; remove: (id: string) => void } {
  const [views, setViews] = useState<SavedView[]>(() => loadViews(browserStorage()))
  const update = useCallback((next: SavedView[]) => {
    storeViews(browserStorage(), next)
    setViews(next)
  }, [])
  const save = useCallback(
    (name: string, fallbackName: string, search: string) => update(addView(loadViews(browserStorage()), name, fallbackName, search, new Date())),
    [update],
  )
  const remove = useCallback((id: string) => update(removeView(loadViews(browserStorage()), id)), [update])
  return { views, save, remove }
}
