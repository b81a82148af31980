// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { MetricsRow } from '../../../core/api/types'
import { PANEL_MESSAGES } from '../../../client/src/panels/messages'
import { RankingTable } from '../../../client/src/panels/ranking/RankingTable'
import { clickSelection } from '../../../client/src/state/selection'
import { row } from './fixtures'

afterEach(cleanup)

const rows: MetricsRow[] = [row(1, 'Bécancour', { gap: 0.5 }), row(2, 'Abitibi', { gap: 1.5, demand_rate: 30 }), row(3, 'Coaticook', {}, true)]

/** The table wired to local state, the way the dock wires it to the store. */
function Harness({ onHover = () => undefined, hovered = null }: { onHover?: (id: number | null) => void; hovered?: number | null }) {
  const [selection, setSelection] = useState<number[]>([])
  return (
    <>
      <output data-testid="selection">{selection.join(',')}</output>
      <RankingTable
        rows={rows}
        k={10}
        language="fr"
        messages={PANEL_MESSAGES.fr}
        levelName="MRC"
        selection={selection}
        hovered={hovered}
        onHover={onHover}
        onSelect={(id, additive) => setSelection((s) => clickSelection(s, id, additive))}
      />
    </>
  )
}

const bodyRows = () => within(screen.getByTestId('ranking-table')).getAllByRole('row').slice(1)
const rowNames = () => bodyRows().map((r) => within(r).getByRole('rowheader').textContent)

describe('RankingTable', () => {
  it('ranks by gap by default and shows "< k" in withheld cells, never blank or 0', () => {
    render(<Harness />)
    expect(rowNames()).toEqual(['Abitibi', 'Bécancour', 'Coaticook'])
    const withheld = bodyRows()[2]!
    const cells = [...withheld.querySelectorAll('td')].map((c) => c.textContent)
    // rank, gap, rate, access, deprivation, unmet share, demand, supply, population
    expect(cells[1]).toBe('< 10')
    expect(cells[2]).toBe('< 10')
    expect(cells[5]).toBe('< 10')
    expect(cells[6]).toBe('< 10')
  })

  it('sorts by any column from its header button, and says so with aria-sort', () => {
    render(<Harness />)
    const nameHeader = screen.getByRole('columnheader', { name: /Territoire/ })
    fireEvent.click(within(nameHeader).getByRole('button'))
    expect(rowNames()).toEqual(['Abitibi', 'Bécancour', 'Coaticook'])
    expect(nameHeader.getAttribute('aria-sort')).toBe('ascending')
    fireEvent.click(within(nameHeader).getByRole('button'))
    expect(rowNames()).toEqual(['Coaticook', 'Bécancour', 'Abitibi'])
    expect(nameHeader.getAttribute('aria-sort')).toBe('descending')
  })

  it('moves between rows with the arrow keys, hovering each, and selects with Enter', () => {
    const onHover = vi.fn()
    render(<Harness onHover={onHover} />)
    const [first, second] = bodyRows()
    expect(first!.tabIndex).toBe(0)
    expect(second!.tabIndex).toBe(-1)
    first!.focus()
    expect(onHover).toHaveBeenLastCalledWith(2)
    fireEvent.keyDown(first!, { key: 'ArrowDown' })
    expect(document.activeElement).toBe(second)
    expect(onHover).toHaveBeenLastCalledWith(1)
    fireEvent.keyDown(second!, { key: 'Enter' })
    expect(screen.getByTestId('selection').textContent).toBe('1')
    expect(second!.getAttribute('aria-selected')).toBe('true')
    // Shift + Enter adds to the compare set.
    fireEvent.keyDown(second!, { key: 'ArrowUp' })
    fireEvent.keyDown(first!, { key: 'Enter', shiftKey: true })
    expect(screen.getByTestId('selection').textContent).toBe('1,2')
  })

  it('highlights the row hovered on the map', () => {
    render(<Harness hovered={3} />)
    expect(bodyRows()[2]!.className).toContain('is-hovered')
    expect(bodyRows()[0]!.className).not.toContain('is-hovered')
  })
})
