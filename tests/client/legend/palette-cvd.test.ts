import { describe, expect, it } from 'vitest'
import { divergingRamp, hexToRgb, MAX_CLASSES, SEQUENTIAL_SCHEMES, sequentialRamp, type SequentialScheme } from '../../../client/src/legend/palette'

// Machado, Oliveira & Fernandes (2009) simulation matrices at full severity, applied in linear RGB.
const CVD: Record<string, number[][]> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
}

const toLinear = (c: number) => {
  const v = c / 255
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
}

/** CIE L* (lightness) of a colour as seen with a deficiency: what keeps classes ordered. */
function lightness(hex: string, deficiency: string | null): number {
  let rgb = hexToRgb(hex).map(toLinear)
  if (deficiency) {
    const m = CVD[deficiency]!
    rgb = m.map((row) => Math.min(1, Math.max(0, row[0]! * rgb[0]! + row[1]! * rgb[1]! + row[2]! * rgb[2]!)))
  }
  const y = 0.2126 * rgb[0]! + 0.7152 * rgb[1]! + 0.0722 * rgb[2]!
  return y > 0.008856 ? 116 * Math.cbrt(y) - 16 : 903.3 * y
}

describe('colour ramps under colour-vision deficiencies', () => {
  for (const scheme of Object.keys(SEQUENTIAL_SCHEMES) as SequentialScheme[]) {
    it(`${scheme}: every class is darker than the one before, for typical vision and each deficiency`, () => {
      const ramp = sequentialRamp(MAX_CLASSES, scheme)
      for (const deficiency of [null, ...Object.keys(CVD)]) {
        for (let i = 1; i < ramp.length; i++) {
          expect(lightness(ramp[i - 1]!, deficiency) - lightness(ramp[i]!, deficiency), `${scheme} ${deficiency} class ${i}`).toBeGreaterThan(3)
        }
      }
    })
  }

  it('diverging: light at zero, darkening towards both ends, for each deficiency', () => {
    const ramp = divergingRamp(3, 3)
    for (const deficiency of [null, ...Object.keys(CVD)]) {
      const l = ramp.map((hex) => lightness(hex, deficiency))
      expect(l[0]!).toBeLessThan(l[1]!)
      expect(l[1]!).toBeLessThan(l[2]!)
      expect(l[3]!).toBeGreaterThan(l[4]!)
      expect(l[4]!).toBeGreaterThan(l[5]!)
    }
  })
})
