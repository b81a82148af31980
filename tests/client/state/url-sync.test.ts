// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useViewStore } from '../../../client/src/state/store'
import { startUrlSync } from '../../../client/src/state/url-sync'
import { DEFAULT_VIEW } from '../../../client/src/state/view-state'

let stop: (() => void) | null = null

beforeEach(() => {
  useViewStore.getState().replaceView(DEFAULT_VIEW)
})

afterEach(() => {
  stop?.()
  stop = null
  window.history.replaceState(null, '', '/')
})

describe('startUrlSync', () => {
  it('seeds the store from the URL', () => {
    window.history.replaceState(null, '', '/?lang=en&category=food&level=mrc')
    stop = startUrlSync()
    const state = useViewStore.getState()
    expect([state.language, state.category, state.level]).toEqual(['en', 'food', 'mrc'])
  })

  it('writes the defaults into a bare URL, so the link is explicit', () => {
    stop = startUrlSync()
    expect(window.location.search).toBe('?lang=fr&category=all&level=mrc')
  })

  it('mirrors each change of view into the URL', () => {
    stop = startUrlSync()
    useViewStore.getState().setCategory('housing')
    useViewStore.getState().setLanguage('en')
    expect(new URLSearchParams(window.location.search).get('category')).toBe('housing')
    expect(new URLSearchParams(window.location.search).get('lang')).toBe('en')
  })

  it('writes the selection but never the hovered territory', () => {
    stop = startUrlSync()
    useViewStore.getState().setSelection([5, 9, 5])
    useViewStore.getState().setHovered(42)
    const params = new URLSearchParams(window.location.search)
    expect(params.get('sel')).toBe('5,9')
    expect(window.location.search).not.toContain('42')
    expect(useViewStore.getState().hovered).toBe(42)
  })

  it('restores the view of the URL on Back/Forward', () => {
    stop = startUrlSync()
    window.history.pushState(null, '', '/?lang=en&category=legal&level=region')
    window.dispatchEvent(new PopStateEvent('popstate'))
    const state = useViewStore.getState()
    expect([state.language, state.category, state.level]).toEqual(['en', 'legal', 'region'])
  })
})
