// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useCamera } from '../../../client/src/map/camera'
import { PANEL_MESSAGES } from '../../../client/src/panels/messages'
import PresentationMode from '../../../client/src/panels/presentation/PresentationMode'
import type { SavedView } from '../../../client/src/panels/views/saved-views'
import { useViewStore } from '../../../client/src/state/store'
import { DEFAULT_VIEW } from '../../../client/src/state/view-state'

const views: SavedView[] = [
  { id: 'a', name: 'Logement en Estrie', search: '?lang=fr&category=housing&level=mrc&sel=12&map=7.00/45.40/-71.90', savedAt: '2026-01-01T00:00:00Z' },
  { id: 'b', name: 'Alimentation, municipalités', search: '?lang=en&category=food&level=municipality', savedAt: '2026-01-01T00:00:00Z' },
]

beforeEach(() => useViewStore.getState().replaceView({ ...DEFAULT_VIEW, language: 'fr' }))
afterEach(cleanup)

describe('PresentationMode', () => {
  it('shows the first saved view, then steps through them with the arrow keys, keeping the language', () => {
    render(<PresentationMode messages={PANEL_MESSAGES.fr} views={views} title="Écart · Toutes" onExit={() => undefined} />)
    expect(document.body.dataset.presenting).toBe('true')
    expect(screen.getByTestId('presentation-view').textContent).toBe('Logement en Estrie')
    expect(screen.getByTestId('presentation-step').textContent).toBe('Vue 1 sur 2')
    let state = useViewStore.getState()
    expect([state.category, state.level, state.selection]).toEqual(['housing', 'mrc', [12]])
    expect(useCamera.getState().request?.target).toEqual({ center: [-71.9, 45.4], zoom: 7 })

    act(() => void fireEvent.keyDown(window, { key: 'ArrowRight' }))
    state = useViewStore.getState()
    expect([state.category, state.level, state.language]).toEqual(['food', 'municipality', 'fr'])
    expect(screen.getByTestId('presentation-step').textContent).toBe('Vue 2 sur 2')
    // The last view stays put: no wrapping round in front of an audience.
    act(() => void fireEvent.keyDown(window, { key: 'ArrowRight' }))
    expect(screen.getByTestId('presentation-step').textContent).toBe('Vue 2 sur 2')
    act(() => void fireEvent.keyDown(window, { key: 'ArrowLeft' }))
    expect(useViewStore.getState().category).toBe('housing')
  })

  it('ends on Escape and gives the page back', () => {
    const onExit = vi.fn()
    const { unmount } = render(<PresentationMode messages={PANEL_MESSAGES.en} views={views} title="Gap" onExit={onExit} />)
    fireEvent.keyDown(window, { key: 'Escape' })
    expect(onExit).toHaveBeenCalled()
    unmount()
    expect(document.body.dataset.presenting).toBeUndefined()
  })

  it('presents the current view alone when none is saved', () => {
    render(<PresentationMode messages={PANEL_MESSAGES.en} views={[]} title="Gap · All categories" onExit={() => undefined} />)
    expect(screen.getByTestId('presentation-view').textContent).toBe('Gap · All categories')
    expect(screen.queryByTestId('presentation-step')).toBeNull()
  })
})
