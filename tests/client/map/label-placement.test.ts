import { describe, expect, it } from 'vitest'
import { placeLabels, zoomStep, type LabelCandidate } from '../../../client/src/map/label-placement'

const style = { fontSize: 12, glyphWidth: 0.6, padding: 2 }
const near: LabelCandidate[] = [
  { id: 1, text: 'Small town', position: [-71.0, 46.0], priority: 100 },
  { id: 2, text: 'Big city', position: [-71.01, 46.0], priority: 1000 },
  { id: 3, text: 'Far away', position: [-60, 50], priority: 1 },
]

describe('placeLabels', () => {
  it('keeps the most important of two overlapping labels', () => {
    const placed = placeLabels(near, 5, style).map((label) => label.id)
    expect(placed).toContain(2)
    expect(placed).not.toContain(1)
    expect(placed).toContain(3)
  })

  it('shows both once zoomed in far enough to separate them', () => {
    expect(placeLabels(near, 14, style).map((label) => label.id).sort()).toEqual([1, 2, 3])
  })
})

describe('zoomStep', () => {
  it('rounds down to quarter zooms', () => {
    expect(zoomStep(5.3)).toBe(5.25)
    expect(zoomStep(6.5)).toBe(6.5)
  })
})
