import { describe, expect, it } from 'vitest'
import { figureText, formatValue, withheldOf } from '../../../client/src/panels/figures'
import { row } from './fixtures'

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('figureText', () => {
  it('writes each kind in the language of the interface', () => {
    expect(plain(formatValue('fr', 'count', 12345))).toBe('12 345')
    expect(formatValue('en', 'count', 12345)).toBe('12,345')
    expect(formatValue('fr', 'rate', 2.63)).toBe('2,6')
    expect(plain(formatValue('fr', 'share', 0.4))).toBe('40 %')
    expect(formatValue('en', 'share', 0.4)).toBe('40%')
    // Access per 10,000 inhabitants.
    expect(formatValue('en', 'access', 0.000225)).toBe('2.25')
    expect(formatValue('en', 'gap', 1.25)).toBe('+1.25')
  })

  it('writes "< k" for a withheld value, never blank or zero, and "n/a" for a missing one', () => {
    expect(figureText('fr', 'count', { value: null, withheld: true }, 10, 's. o.')).toBe('< 10')
    expect(figureText('fr', 'rate', { value: null, withheld: false }, 10, 's. o.')).toBe('s. o.')
    expect(figureText('fr', 'count', { value: 0, withheld: false }, 10, 's. o.')).toBe('0')
  })
})

describe('withheldOf', () => {
  it('marks the counts of a suppressed row and everything computed from them', () => {
    expect(withheldOf(row(1, 'A', {}, true))).toEqual({ demand: true, demand_rate: true, unmet: true, unmet_share: true, gap: true })
  })

  it('marks only the unmet share when only the unmet count is withheld', () => {
    expect(withheldOf(row(1, 'A', { unmet: null, unmet_share: null }))).toEqual({ demand: false, demand_rate: false, unmet: true, unmet_share: true, gap: false })
  })

  it('does not call a rate withheld when its count is published (no population: simply absent)', () => {
    expect(withheldOf(row(1, 'A', { demand_rate: null, gap: null })).demand_rate).toBe(false)
  })
})
