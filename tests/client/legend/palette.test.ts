import { describe, expect, it } from 'vitest'
import { hexToRgb, MAX_CLASSES, sequentialRamp } from '../../../client/src/legend/palette'

describe('sequentialRamp', () => {
  it('has one colour per class, from 1 to the maximum', () => {
    for (let n = 1; n <= MAX_CLASSES; n++) expect(sequentialRamp(n)).toHaveLength(n)
  })

  it('is empty for no class', () => {
    expect(sequentialRamp(0)).toEqual([])
  })

  it('gets darker from low to high classes', () => {
    const luminance = (hex: string) => {
      const [r, g, b] = hexToRgb(hex)
      return 0.2126 * r + 0.7152 * g + 0.0722 * b
    }
    const ramp = sequentialRamp(5)
    for (let i = 1; i < ramp.length; i++) expect(luminance(ramp[i]!)).toBeLessThan(luminance(ramp[i - 1]!))
  })
})

describe('hexToRgb', () => {
  it('parses #rrggbb', () => {
    expect(hexToRgb('#bd0026')).toEqual([189, 0, 38])
  })

  it('rejects anything else', () => {
    expect(() => hexToRgb('red')).toThrow()
  })
})
