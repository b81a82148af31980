import { describe, expect, it } from 'vitest'
import { hexResolution } from '../../../client/src/data/use-hex-layer'
import { snapBounds } from '../../../client/src/data/use-services-layer'

describe('hexResolution', () => {
  it('refines with zoom and never goes past resolution 8', () => {
    expect([hexResolution(5), hexResolution(8), hexResolution(12)]).toEqual([6, 7, 8])
  })
})

describe('snapBounds', () => {
  it('snaps outward to half degrees, so small pans share one request', () => {
    expect(snapBounds([-73.71, 45.41, -73.45, 45.62])).toEqual([-74, 45, -73, 46])
    expect(snapBounds([-73.7, 45.41, -73.56, 45.6])).toEqual(snapBounds([-73.65, 45.45, -73.52, 45.55]))
  })
})
