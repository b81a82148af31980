import { describe, expect, it } from 'vitest'
import { clickSelection } from '../../../client/src/state/selection'

describe('clickSelection', () => {
  it('selects the clicked territory alone on a plain click', () => {
    expect(clickSelection([1, 2, 3], 9, false)).toEqual([9])
  })

  it('adds on shift-click, keeping the open profile first', () => {
    expect(clickSelection([1], 2, true)).toEqual([1, 2])
    expect(clickSelection([], 5, true)).toEqual([5])
  })

  it('removes an already selected territory on shift-click', () => {
    expect(clickSelection([1, 2, 3], 2, true)).toEqual([1, 3])
  })

  it('never grows past four: the newest replaces the last', () => {
    expect(clickSelection([1, 2, 3, 4], 5, true)).toEqual([1, 2, 3, 5])
  })
})
