import { describe, expect, it } from 'vitest'
import { rangeDigits } from '../../../client/src/legend/range-digits'

describe('rangeDigits', () => {
  it('keeps one decimal when classes are wide', () => {
    expect(rangeDigits([{ min: 4, max: 9.2 }, { min: 9.4, max: 11.7 }])).toBe(1)
  })

  it('adds decimals until narrow classes read apart', () => {
    expect(rangeDigits([{ min: 0.01, max: 0.32 }, { min: 0.33, max: 0.41 }])).toBe(2)
    expect(rangeDigits([{ min: 0.001, max: 0.0032 }, { min: 0.0034, max: 0.0041 }])).toBe(3)
  })

  it('accepts single-value classes and no classes', () => {
    expect(rangeDigits([{ min: 2, max: 2 }])).toBe(1)
    expect(rangeDigits([])).toBe(1)
  })
})
