// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PANEL_MESSAGES } from '../../../client/src/panels/messages'
import { ProfilePanel } from '../../../client/src/panels/profile/ProfilePanel'
import { mockFetch, profile } from './fixtures'

// The machine is shared: give asynchronous renders time before calling them missing.
const SLOW = { timeout: 5000 }

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const plain = (text: string | null | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ')
const period = { from: '2025-11', to: '2026-01' }
const categoryName = (id: string) => ({ food: 'Alimentation', education: 'Éducation', crisis: 'Crise' })[id] ?? id

describe('ProfilePanel', () => {
  it('asks the profile of the territory for the period on screen and shows its figures', async () => {
    const api = mockFetch({ '/api/territories/23/profile': profile() })
    vi.stubGlobal('fetch', api.fetch)
    render(<ProfilePanel id={23} period={period} language="fr" messages={PANEL_MESSAGES.fr} categoryName={categoryName} onPrint={() => undefined} />)
    await screen.findByRole('heading', { name: 'Avignon' }, SLOW)
    expect(api.calls).toEqual(['/api/territories/23/profile?from=2025-11&to=2026-01'])
    const figure = (id: string) => plain(document.querySelector(`[data-figure="${id}"] dd`)?.textContent)
    expect(figure('population')).toBe('15 202')
    expect(figure('demand')).toBe('40')
    expect(figure('demand_rate')).toBe('2,6')
    // Unmet withheld: "< k", not blank, not 0.
    expect(figure('unmet_share')).toBe('< 10')
    expect(figure('access')).toBe('2,25')
  })

  it('shows the gap beside its components and its one-sentence explanation', async () => {
    vi.stubGlobal('fetch', mockFetch({ '/api/territories/23/profile': profile() }).fetch)
    render(<ProfilePanel id={23} period={period} language="fr" messages={PANEL_MESSAGES.fr} categoryName={categoryName} onPrint={() => undefined} />)
    const gap = await screen.findByTestId('gap-block')
    expect(plain(gap.textContent)).toContain('+1,25')
    expect(gap.textContent).toContain('Plus de besoins que d’accès.')
    const components = gap.querySelector('.gap-components')
    expect(components?.getAttribute('aria-label')).toBe('Composantes')
    expect(plain(components?.textContent)).toContain('Demandes pour 1 000 habitants')
    expect(plain(components?.textContent)).toContain('2,25')
  })

  it('draws withheld months as "< k" bands and lists breakdowns, missing services and precision', async () => {
    vi.stubGlobal('fetch', mockFetch({ '/api/territories/23/profile': profile() }).fetch)
    render(<ProfilePanel id={23} period={period} language="en" messages={PANEL_MESSAGES.en} categoryName={categoryName} onPrint={() => undefined} />)
    await screen.findByTestId('profile', {}, SLOW)
    expect(document.querySelectorAll('[data-kind="withheld"]')).toHaveLength(1)
    // Once as the bar's title, once in the list read by screen readers.
    expect(screen.getAllByText('Dec 2025: < 10')).toHaveLength(2)
    expect(screen.getByText('Aged 65 and over: < 10 of requests')).toBeTruthy()
    expect(within(screen.getByTestId('no-service')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Éducation', 'Crise'])
    expect(screen.getByText('postal code: 40')).toBeTruthy()
    expect(screen.getByText('forward sortation area: < 10')).toBeTruthy()
    expect(screen.getByText('Escuminac').parentElement?.textContent).toContain('< 10')
    // Top unmet need, with its share.
    expect(document.querySelector('.top-needs li')?.textContent).toBe('Alimentation40% unmet')
  })

  it('says the server does not offer profiles yet when the endpoint is missing', async () => {
    vi.stubGlobal('fetch', mockFetch({}).fetch)
    render(<ProfilePanel id={23} period={period} language="fr" messages={PANEL_MESSAGES.fr} categoryName={categoryName} onPrint={() => undefined} />)
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(PANEL_MESSAGES.fr.unavailable), SLOW)
  })

  it('invites a click when nothing is selected, without asking the server', () => {
    const api = mockFetch({})
    vi.stubGlobal('fetch', api.fetch)
    render(<ProfilePanel id={null} period={period} language="fr" messages={PANEL_MESSAGES.fr} categoryName={categoryName} onPrint={() => undefined} />)
    expect(screen.getByText(PANEL_MESSAGES.fr.profileEmpty)).toBeTruthy()
    expect(api.calls).toEqual([])
  })
})
