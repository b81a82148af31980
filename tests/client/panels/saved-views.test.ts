import { describe, expect, it } from 'vitest'
import { addView, loadViews, removeView, stepIndex, storeViews, STORAGE_KEY } from '../../../client/src/panels/views/saved-views'

function memoryStorage(): Storage {
  const map = new Map<string, string>()
  return {
    get length() {
      return map.size
    },
    clear: () => map.clear(),
    getItem: (key) => map.get(key) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (key) => void map.delete(key),
    setItem: (key, value) => void map.set(key, value),
  }
}

describe('saved views', () => {
  const now = new Date('2026-01-15T10:00:00Z')

  it('adds, stores, reloads and removes views', () => {
    const storage = memoryStorage()
    let views = addView([], 'Logement', 'fallback', '?category=housing', now)
    views = addView(views, '  ', 'Écart · MRC', '?level=mrc', now)
    expect(views.map((v) => v.name)).toEqual(['Logement', 'Écart · MRC'])
    expect(new Set(views.map((v) => v.id)).size).toBe(2)
    expect(storeViews(storage, views)).toBe(true)
    expect(loadViews(storage)).toEqual(views)
    expect(loadViews(storage).map((v) => v.search)).toEqual(['?category=housing', '?level=mrc'])
    expect(removeView(views, views[0]!.id).map((v) => v.name)).toEqual(['Écart · MRC'])
  })

  it('reads a corrupt or foreign store as no views', () => {
    const storage = memoryStorage()
    storage.setItem(STORAGE_KEY, '{not json')
    expect(loadViews(storage)).toEqual([])
    storage.setItem(STORAGE_KEY, JSON.stringify([{ id: 1 }, { id: 'a', name: 'ok', search: '?x', savedAt: 'd' }]))
    expect(loadViews(storage).map((v) => v.name)).toEqual(['ok'])
    expect(loadViews(null)).toEqual([])
  })

  it('says when the browser refuses to store', () => {
    const full = { ...memoryStorage(), setItem: () => { throw new Error('QuotaExceededError') } }
    expect(storeViews(full, [])).toBe(false)
  })

  it('steps between views without wrapping round', () => {
    expect(stepIndex(0, 1, 3)).toBe(1)
    expect(stepIndex(2, 1, 3)).toBe(2)
    expect(stepIndex(0, -1, 3)).toBe(0)
    expect(stepIndex(0, 1, 0)).toBe(0)
  })
})
