import { describe, expect, it } from 'vitest'
import { memoize, memoize2, memoize4 } from '../../../etl/import/memo'

/** A function that counts its calls. */
function counted<A extends unknown[], T>(fn: (...args: A) => T): { fn: (...args: A) => T; calls: () => number } {
  let calls = 0
  return {
    fn: (...args) => {
      calls++
      return fn(...args)
    },
    calls: () => calls,
  }
}

describe('memoize', () => {
  it('computes each text once, null answers included, whether repeated in a row or not', () => {
    const outcome = counted((text: string) => (text.startsWith('R') ? text.toLowerCase() : null))
    const memo = memoize(outcome.fn)
    // Fresh strings each time, as a parser makes them.
    const texts = ['Référé', 'Référé', 'Inconnu?', 'Référé', 'Inconnu?', 'Inconnu?'].map((t) => [...t].join(''))
    expect(texts.map(memo)).toEqual(['référé', 'référé', null, 'référé', null, null])
    expect(outcome.calls()).toBe(2)
  })

  it('stops remembering past its bound but still answers', () => {
    const square = counted((text: string) => Number(text) ** 2)
    const memo = memoize(square.fn, 2)
    expect(['1', '2', '3', '1', '3', '3'].map(memo)).toEqual([1, 4, 9, 1, 9, 9])
    // '3' is past the bound: computed again unless it repeats the text just before.
    expect(square.calls()).toBe(4)
  })
})

describe('memoize2 and memoize4', () => {
  it('remember by every text, with no joined key', () => {
    const place = counted((a: string, b: string) => ({ key: `${a}|${b}` }))
    const memo = memoize2(place.fn)
    expect(memo('Magog', 'J1X 1A1')).toBe(memo('Magog', 'J1X 1A1'))
    expect(memo('Magog', 'J1X 1A2')).not.toBe(memo('Magog', 'J1X 1A1'))
    // Keys a joined text would confuse stay apart.
    expect(memo('a|b', 'c').key).toBe('a|b|c')
    expect(memo('a', 'b|c').key).toBe('a|b|c')
    expect(place.calls()).toBe(4)
    const four = counted((a: string, b: string, c: string, d: string) => ({ key: [a, b, c, d].join(',') }))
    const memo4 = memoize4(four.fn)
    expect(memo4('a', 'b', '', '')).toBe(memo4('a', 'b', '', ''))
    expect(memo4('a', 'b', '45.1', '-72.3').key).toBe('a,b,45.1,-72.3')
    expect(four.calls()).toBe(2)
  })
})
