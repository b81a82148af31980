import { describe, expect, it } from 'vitest'
import { serviceColour } from '../../../../client/src/map/layers/service-colours'

describe('serviceColour', () => {
  it('colours by the first known category, sub-categories by their parent', () => {
    expect(serviceColour(['food'])).toEqual(serviceColour(['food.bank']))
    expect(serviceColour(['unknown', 'housing'])).toEqual(serviceColour(['housing']))
    expect(serviceColour(['food'])).not.toEqual(serviceColour(['housing']))
  })

  it('falls back to dark grey', () => {
    expect(serviceColour([])).toEqual([40, 40, 40])
  })
})
