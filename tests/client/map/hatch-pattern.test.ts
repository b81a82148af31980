import { describe, expect, it } from 'vitest'
import { hatchPattern } from '../../../client/src/map/hatch-pattern'

describe('hatchPattern', () => {
  it('is an opaque RGBA tile with both stripe and background pixels', () => {
    const { width, height, data } = hatchPattern(8, 2)
    expect(data).toHaveLength(width * height * 4)
    const colours = new Set<string>()
    for (let i = 0; i < data.length; i += 4) {
      expect(data[i + 3]).toBe(255)
      colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`)
    }
    expect(colours.size).toBe(2)
  })

  it('tiles seamlessly: opposite edges match', () => {
    const size = 8
    const { data } = hatchPattern(size, 2)
    const px = (x: number, y: number) => data[(y * size + x) * 4]
    // Continuing a stripe one period over lands on the same colour.
    for (let y = 0; y < size; y++) expect(px(0, y)).toBe(px(size - 1, (y + 1) % size))
  })
})
