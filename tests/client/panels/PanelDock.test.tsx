// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { MetricsResponse } from '../../../core/api/types'
import { PanelDock } from '../../../client/src/panels/PanelDock'
import { usePanelStore } from '../../../client/src/panels/panel-store'
import { STORAGE_KEY } from '../../../client/src/panels/views/saved-views'
import { useViewStore } from '../../../client/src/state/store'
import { DEFAULT_VIEW } from '../../../client/src/state/view-state'
import { mockFetch, profile, row } from './fixtures'

const metrics: MetricsResponse = {
  level: 'mrc',
  category: 'all',
  from: '2025-11',
  to: '2026-01',
  k: 10,
  rows: [row(23, 'Avignon', { gap: 1 }), row(24, 'Bonaventure', { gap: 2 }), row(25, 'Coaticook', {}, true)],
}

function renderDock() {
  return render(<PanelDock metrics={metrics} categories={[]} levels={[]} meta={null} period={{ from: '2025-11', to: '2026-01' }} />)
}

beforeEach(() => {
  useViewStore.getState().replaceView({ ...DEFAULT_VIEW, language: 'en' })
  usePanelStore.setState({ tab: 'ranking', open: false, highlighted: [], presenting: false })
  window.localStorage.clear()
  vi.stubGlobal('fetch', mockFetch({ '/api/territories/23/profile': profile() }).fetch)
})
// The machine is shared: give asynchronous renders time before calling them missing.
const SLOW = { timeout: 5000 }

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('PanelDock', () => {
  it('stays folded to its tabs until asked, leaving the map clear', () => {
    renderDock()
    expect(screen.getAllByRole('tab')).toHaveLength(5)
    expect(screen.queryByRole('tabpanel')).toBeNull()
    fireEvent.click(screen.getByRole('tab', { name: 'Ranking' }))
    expect(screen.getByRole('tabpanel')).toBeTruthy()
    expect(screen.getByTestId('ranking-table')).toBeTruthy()
  })

  it('opens the profile of a territory picked on the map', async () => {
    renderDock()
    act(() => useViewStore.getState().setSelection([23]))
    expect(screen.getByRole('tab', { name: 'Profile' }).getAttribute('aria-selected')).toBe('true')
    await screen.findByRole('heading', { name: 'Avignon' }, SLOW)
  })

  it('keeps the ranking in place when a row is chosen there, and sets the shared selection and hover', () => {
    renderDock()
    fireEvent.click(screen.getByRole('tab', { name: 'Ranking' }))
    const bonaventure = screen.getByRole('rowheader', { name: 'Bonaventure' }).parentElement as HTMLElement
    fireEvent.mouseEnter(bonaventure)
    expect(useViewStore.getState().hovered).toBe(24)
    fireEvent.keyDown(bonaventure, { key: 'Enter' })
    expect(useViewStore.getState().selection).toEqual([24])
    expect(screen.getByRole('tab', { name: 'Ranking' }).getAttribute('aria-selected')).toBe('true')
  })

  it('links the exports to the table on screen', () => {
    renderDock()
    fireEvent.click(screen.getByRole('tab', { name: 'Ranking' }))
    expect(screen.getByTestId('export-csv').getAttribute('href')).toBe('/api/export/metrics.csv?level=mrc&category=all&from=2025-11&to=2026-01')
    expect(screen.getByTestId('export-geojson').getAttribute('href')).toBe('/api/export/metrics.geojson?level=mrc&category=all&from=2025-11&to=2026-01')
  })

  it('exposes the finder matches for the map, and drops them when the finder closes', () => {
    renderDock()
    fireEvent.click(screen.getByRole('tab', { name: 'Finder' }))
    expect(usePanelStore.getState().highlighted.length).toBeGreaterThan(0)
    fireEvent.click(screen.getByRole('tab', { name: 'Ranking' }))
    expect(usePanelStore.getState().highlighted).toEqual([])
  })

  it('saves the current view into localStorage and lists it', () => {
    window.history.replaceState(null, '', '/?lang=en&category=all&level=mrc')
    renderDock()
    fireEvent.click(screen.getByRole('tab', { name: 'Views' }))
    fireEvent.change(screen.getByLabelText('View name'), { target: { value: 'All needs, RCMs' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save the current view' }))
    expect(within(screen.getByTestId('views')).getByRole('button', { name: 'Show the view “All needs, RCMs”' })).toBeTruthy()
    const stored = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]') as { name: string; search: string }[]
    expect(stored).toEqual([expect.objectContaining({ name: 'All needs, RCMs', search: '?lang=en&category=all&level=mrc' })])
    fireEvent.click(screen.getByRole('button', { name: 'Delete the view “All needs, RCMs”' }))
    expect(JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]')).toEqual([])
  })

  it('moves between tabs with the arrow keys', () => {
    renderDock()
    const ranking = screen.getByRole('tab', { name: 'Ranking' })
    ranking.focus()
    fireEvent.keyDown(ranking, { key: 'ArrowRight' })
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Finder' }))
    expect(usePanelStore.getState().tab).toBe('finder')
  })
})
