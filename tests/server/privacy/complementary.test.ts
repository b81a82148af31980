import { describe, expect, it } from 'vitest'
import { withheldCells } from '../../../server/privacy/complementary'

const values = (entries: Record<string, number>) => new Map(Object.entries(entries))

describe('withheldCells', () => {
  it('withholds counts from 1 to k−1 and nothing else when every relation already hides two cells', () => {
    const cells = values({ all: 30, a: 3, b: 4, c: 23 })
    expect([...withheldCells(cells, [{ total: 'all', parts: ['a', 'b', 'c'] }], 10)].sort()).toEqual(['a', 'b'])
  })

  it('withholds the smallest published part when a relation hides exactly one cell', () => {
    const cells = values({ all: 60, a: 3, b: 12, c: 45 })
    expect([...withheldCells(cells, [{ total: 'all', parts: ['a', 'b', 'c'] }], 10)].sort()).toEqual(['a', 'b'])
  })

  it('never picks a zero cell as a partner (a zero is not a secret) and falls back to the total', () => {
    // Not additive on purpose (a child layer that does not cover its parent): a = 3 alone is visible.
    const cells = values({ parent: 40, a: 3, b: 0 })
    expect([...withheldCells(cells, [{ total: 'parent', parts: ['a', 'b'] }], 10)].sort()).toEqual(['a', 'parent'])
  })

  it('follows withheld partners into the other relations they belong to, until no relation hides exactly one', () => {
    // Two territories × two categories: rows and columns both add up.
    const cells = values({ 't1|all': 25, 't1|x': 5, 't1|y': 20, 't2|all': 40, 't2|x': 15, 't2|y': 25, 'p|x': 20, 'p|y': 45, 'p|all': 65 })
    const relations = [
      { total: 't1|all', parts: ['t1|x', 't1|y'] },
      { total: 't2|all', parts: ['t2|x', 't2|y'] },
      { total: 'p|x', parts: ['t1|x', 't2|x'] },
      { total: 'p|y', parts: ['t1|y', 't2|y'] },
      { total: 'p|all', parts: ['t1|all', 't2|all'] },
    ]
    const withheld = withheldCells(cells, relations, 10)
    for (const relation of relations) {
      const hidden = [relation.total, ...relation.parts].filter((key) => withheld.has(key)).length
      expect(hidden).not.toBe(1)
    }
    expect(withheld.has('t1|x')).toBe(true)
    expect(withheld.size).toBe(4)
  })

  it('gives the same answer whatever the order of the relations', () => {
    const cells = values({ all: 60, a: 3, b: 12, c: 12, d: 33 })
    const parts = ['a', 'b', 'c', 'd']
    const one = withheldCells(cells, [{ total: 'all', parts }], 10)
    const two = withheldCells(cells, [{ total: 'all', parts: [...parts].reverse() }], 10)
    expect([...one].sort()).toEqual([...two].sort())
    expect([...one].sort()).toEqual(['a', 'b'])
  })
})
