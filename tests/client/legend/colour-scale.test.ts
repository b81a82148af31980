import { describe, expect, it } from 'vitest'
import { classIndex } from '../../../client/src/legend/classify'
import { colourScale } from '../../../client/src/legend/colour-scale'
import { classifyNaturalBreaks } from '../../../client/src/legend/natural-breaks'
import { divergingRamp, hexToRgb, sequentialRamp } from '../../../client/src/legend/palette'

describe('classifyNaturalBreaks', () => {
  it('finds the gaps between groups of values', () => {
    expect(classifyNaturalBreaks([1, 2, 3, 20, 21, 22, 50, 51], 3).bins).toEqual([
      { min: 1, max: 3 },
      { min: 20, max: 22 },
      { min: 50, max: 51 },
    ])
  })

  it('ignores suppressed values and never makes more classes than distinct values', () => {
    expect(classifyNaturalBreaks([null, 4, 4, undefined, 9], 5).bins).toEqual([
      { min: 4, max: 4 },
      { min: 9, max: 9 },
    ])
    expect(classifyNaturalBreaks([null], 5).bins).toEqual([])
  })
})

describe('colourScale', () => {
  it('gives one colour per class on a sequential scale', () => {
    const scale = colourScale([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'quantile', { type: 'sequential', scheme: 'rdPu' })
    expect(scale.bins).toHaveLength(5)
    expect(scale.ramp).toEqual(sequentialRamp(5, 'rdPu'))
  })

  it('keeps zero as a class boundary on a diverging scale, whatever the method', () => {
    const values = [-3, -2.5, -0.2, -0.1, 0.05, 0.1, 0.2, 4]
    for (const method of ['quantile', 'jenks'] as const) {
      const scale = colourScale(values, method, { type: 'diverging' })
      const negatives = scale.bins.filter((bin) => bin.max < 0)
      const positives = scale.bins.filter((bin) => bin.min >= 0)
      expect(negatives.length + positives.length).toBe(scale.bins.length)
      expect(scale.ramp).toEqual(divergingRamp(negatives.length, positives.length))
      // Below zero is blue (more blue than red), above zero red.
      const [r0, , b0] = hexToRgb(scale.ramp[classIndex(scale, -0.1)]!)
      const [r1, , b1] = hexToRgb(scale.ramp[classIndex(scale, 0.1)]!)
      expect(b0).toBeGreaterThan(r0)
      expect(r1).toBeGreaterThan(b1)
    }
  })

  it('uses only the red side when every gap is positive', () => {
    const scale = colourScale([0.5, 1, 2], 'quantile', { type: 'diverging' })
    expect(scale.ramp).toEqual(divergingRamp(0, 3))
  })
})
