import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fsaOf, isRuralFsa, normalizeFsa, normalizePostalCode } from '../../../etl/normalize/postal-code'

const FIRST = 'ABCEGHJKLMNPRSTVXY'.split('')
const OTHER = 'ABCEGHJKLMNPRSTVWXYZ'.split('')
const FORBIDDEN = 'DFIOQU'.split('')
const digit = fc.integer({ min: 0, max: 9 }).map(String)
const validCode = fc
  .tuple(fc.constantFrom(...FIRST), digit, fc.constantFrom(...OTHER), digit, fc.constantFrom(...OTHER), digit)
  .map(([a, b, c, d, e, f]) => `${a}${b}${c} ${d}${e}${f}`)
const separator = fc.constantFrom('', ' ', '  ', '-', '\u00a0', ' - ', '\t')

/** A code written carelessly: random case per character and a random separator between any two. */
const carelessly = (code: string) =>
  fc.tuple(fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), fc.array(separator, { minLength: 7, maxLength: 7 })).map(([upper, seps]) => {
    const chars = code.replace(' ', '').split('')
    return seps[0] + chars.map((ch, i) => (upper[i] ? ch : ch.toLowerCase()) + seps[i + 1]).join('')
  })

describe('normalizePostalCode', () => {
  it.each([
    ['h2x1y4', 'H2X 1Y4'],
    ['H2X-1Y4', 'H2X 1Y4'],
    [' h2x 1y4 ', 'H2X 1Y4'],
    ['H2X 1Y4', 'H2X 1Y4'],
    ['j1x\u00a03w2', 'J1X 3W2'],
    ['K1P 1J1', 'K1P 1J1'],
  ])('"%s" → %s', (text, expected) => {
    expect(normalizePostalCode(text)).toBe(expected)
  })

  it.each(['', 'H2X', 'H2X 1Y', 'H2X 1Y44', 'D2X 1Y4', 'W2X 1Y4', 'Z2X 1Y4', 'H2O 1Y4', 'H2X 1U4', '12345', 'H2X1Y4X', null, undefined])(
    'refuses %j',
    (text) => {
      expect(normalizePostalCode(text)).toBeNull()
    },
  )

  it('accepts W and Z after the first letter', () => {
    expect(normalizePostalCode('h2w 1z4')).toBe('H2W 1Z4')
  })

  it('reads any valid code whatever its case and spacing (property)', () => {
    fc.assert(fc.property(validCode.chain((code) => carelessly(code).map((text) => [code, text] as const)), ([code, text]) => {
      expect(normalizePostalCode(text)).toBe(code)
    }))
  })

  it('is idempotent and only ever returns canonical codes (property)', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), validCode, validCode.chain(carelessly)), (text) => {
      const once = normalizePostalCode(text)
      if (once === null) return
      expect(once).toMatch(/^[A-Z]\d[A-Z] \d[A-Z]\d$/)
      expect(normalizePostalCode(once)).toBe(once)
    }))
  })

  it('never accepts a code with D, F, I, O, Q or U, nor W or Z first (property)', () => {
    const position = fc.constantFrom(0, 2, 4)
    fc.assert(fc.property(validCode, position, fc.constantFrom(...FORBIDDEN), fc.boolean(), (code, at, letter, lower) => {
      const chars = code.replace(' ', '').split('')
      chars[at] = lower ? letter.toLowerCase() : letter
      expect(normalizePostalCode(chars.join(''))).toBeNull()
    }))
    fc.assert(fc.property(validCode, fc.constantFrom('W', 'Z'), (code, letter) => {
      expect(normalizePostalCode(letter + code.slice(1))).toBeNull()
    }))
    fc.assert(fc.property(fc.string(), (text) => {
      const result = normalizePostalCode(text)
      if (result !== null) expect(result).not.toMatch(/[DFIOQU]/)
    }))
  })
})

describe('fsaOf and normalizeFsa', () => {
  it('gives the FSA of a code in any form', () => {
    expect(fsaOf('h2x-1y4')).toBe('H2X')
    expect(fsaOf('nope')).toBeNull()
  })

  it('reads an FSA alone', () => {
    expect(normalizeFsa(' h2x ')).toBe('H2X')
    expect(normalizeFsa('J0B')).toBe('J0B')
    expect(normalizeFsa('H2O')).toBeNull()
    expect(normalizeFsa('H2X 1Y4')).toBeNull()
  })

  it('knows rural FSAs', () => {
    expect(isRuralFsa('J0B')).toBe(true)
    expect(isRuralFsa('H2X')).toBe(false)
  })
})
