// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FinderPanel } from '../../../client/src/panels/finder/FinderPanel'
import { PANEL_MESSAGES } from '../../../client/src/panels/messages'
import { row } from './fixtures'

afterEach(cleanup)

const rows = Array.from({ length: 8 }, (_, i) => row(i + 1, `T${i + 1}`, { demand_rate: i + 1, access: i === 7 ? 1 : (8 - i) / 1000, deprivation: (i + 1) / 10 }))

describe('FinderPanel', () => {
  it('lists the matches, reports their ids for the map, and widens with a slider', () => {
    const onMatches = vi.fn()
    render(<FinderPanel rows={rows} language="en" messages={PANEL_MESSAGES.en} onSelect={() => undefined} onHover={() => undefined} onMatches={onMatches} />)
    expect(screen.getAllByRole('listitem').map((li) => li.querySelector('.list-name')?.textContent)).toEqual(['T7'])
    expect(onMatches).toHaveBeenLastCalledWith([7])
    for (const name of [/Request rate/, /Access/, /Deprivation/]) fireEvent.change(screen.getByLabelText(name), { target: { value: '50' } })
    expect(onMatches).toHaveBeenLastCalledWith([7, 6, 5])
    expect(screen.getByRole('status').textContent).toContain('3 territories meet all three conditions')
  })

  it('says so when nothing matches, and clears the highlight when closed', () => {
    const onMatches = vi.fn()
    const none = rows.map((r) => ({ ...r, deprivation: 1 - (r.demand_rate as number) / 10 }))
    const { unmount } = render(<FinderPanel rows={none} language="fr" messages={PANEL_MESSAGES.fr} onSelect={() => undefined} onHover={() => undefined} onMatches={onMatches} />)
    expect(screen.getByRole('status').textContent).toBe(PANEL_MESSAGES.fr.finderNone)
    unmount()
    expect(onMatches).toHaveBeenLastCalledWith([])
  })

  it('selects a match on click', () => {
    const onSelect = vi.fn()
    render(<FinderPanel rows={rows} language="en" messages={PANEL_MESSAGES.en} onSelect={onSelect} onHover={() => undefined} onMatches={() => undefined} />)
    fireEvent.click(screen.getByRole('button', { name: /T7/ }))
    expect(onSelect).toHaveBeenCalledWith(7, false)
  })
})
