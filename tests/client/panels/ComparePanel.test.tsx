// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import ComparePanel from '../../../client/src/panels/compare/ComparePanel'
import { topCategories } from '../../../client/src/panels/compare/category-bars'
import { PANEL_MESSAGES } from '../../../client/src/panels/messages'
import { mockFetch, profile } from './fixtures'

// The machine is shared: give asynchronous renders time before calling them missing.
const SLOW = { timeout: 5000 }

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const period = { from: '2025-11', to: '2026-01' }
const a = profile(23, 'Avignon')
const b = profile(24, 'Bonaventure', { totals: { ...profile().totals, demand: null, demand_rate: null, gap: null, suppressed: true } })
const c = profile(25, 'La Matapédia')

describe('ComparePanel', () => {
  it('shows 2 to 4 territories side by side from /api/compare, "< k" where withheld', async () => {
    const api = mockFetch({ '/api/compare': { from: period.from, to: period.to, k: 10, profiles: [a, b, c] } })
    vi.stubGlobal('fetch', api.fetch)
    const onRemove = vi.fn()
    render(<ComparePanel ids={[23, 24, 25]} period={period} language="en" messages={PANEL_MESSAGES.en} categoryName={(id) => id} onRemove={onRemove} />)
    await screen.findByTestId('compare', {}, SLOW)
    expect(api.calls).toEqual(['/api/compare?ids=23%2C24%2C25&from=2025-11&to=2026-01'])
    expect(screen.getAllByRole('columnheader').map((th) => th.querySelector('.compare-name')?.textContent)).toEqual(['Avignon', 'Bonaventure', 'La Matapédia'])
    const rateRow = screen.getByRole('rowheader', { name: 'Requests per 1,000 inhabitants' }).parentElement as HTMLElement
    expect([...rateRow.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['2.6', '< 10', '2.6'])
    // One sparkline per territory, the withheld month drawn as a band.
    expect(document.querySelectorAll('.trend-compact')).toHaveLength(3)
    fireEvent.click(screen.getByRole('button', { name: 'Remove Bonaventure from the comparison' }))
    expect(onRemove).toHaveBeenCalledWith(24)
  })

  it('asks for a second territory when only one is selected', () => {
    const api = mockFetch({})
    vi.stubGlobal('fetch', api.fetch)
    render(<ComparePanel ids={[23]} period={period} language="fr" messages={PANEL_MESSAGES.fr} categoryName={(id) => id} onRemove={() => undefined} />)
    expect(screen.getByText(PANEL_MESSAGES.fr.compareEmpty)).toBeTruthy()
    expect(api.calls).toEqual([])
  })

  it('degrades to a message when the server has no /api/compare', async () => {
    vi.stubGlobal('fetch', mockFetch({}).fetch)
    render(<ComparePanel ids={[23, 24]} period={period} language="en" messages={PANEL_MESSAGES.en} categoryName={(id) => id} onRemove={() => undefined} />)
    expect((await screen.findByRole('status', {}, SLOW)).textContent).toBe(PANEL_MESSAGES.en.unavailable)
  })
})

describe('topCategories', () => {
  it('picks the categories with the most published demand, ignoring withheld cells', () => {
    expect(topCategories([a, b], 6)).toEqual(['food'])
  })
})
