import { describe, expect, it } from 'vitest'
import { DEFAULT_SORT, nextSort, sortRows } from '../../../client/src/panels/ranking/sort-rows'
import { row } from './fixtures'

const rows = [row(1, 'Bécancour', { gap: 0.5 }), row(2, 'Abitibi', { gap: 1.5 }), row(3, 'Coaticook', {}, true), row(4, 'Drummond', { gap: -1 })]
const names = (list: { name: string }[]) => list.map((r) => r.name)

describe('sortRows', () => {
  it('ranks by gap, largest first, by default', () => {
    expect(names(sortRows(rows, DEFAULT_SORT))).toEqual(['Abitibi', 'Bécancour', 'Drummond', 'Coaticook'])
  })

  it('keeps withheld values last in both directions', () => {
    expect(names(sortRows(rows, { column: 'gap', direction: 'asc' }))).toEqual(['Drummond', 'Bécancour', 'Abitibi', 'Coaticook'])
  })

  it('sorts names with accents in French order', () => {
    expect(names(sortRows(rows, { column: 'name', direction: 'asc' }))).toEqual(['Abitibi', 'Bécancour', 'Coaticook', 'Drummond'])
  })
})

describe('nextSort', () => {
  it('flips the direction of the same column and starts a figure column largest first', () => {
    expect(nextSort(DEFAULT_SORT, 'gap')).toEqual({ column: 'gap', direction: 'asc' })
    expect(nextSort(DEFAULT_SORT, 'access')).toEqual({ column: 'access', direction: 'desc' })
    expect(nextSort(DEFAULT_SORT, 'name')).toEqual({ column: 'name', direction: 'asc' })
  })
})
