import { latLngToCell } from 'h3-js'
import { describe, expect, it } from 'vitest'
import { colourScale } from '../../../../client/src/legend/colour-scale'
import { hexToRgb, SUPPRESSED_BASE } from '../../../../client/src/legend/palette'
import { hexFill, hexShapes, suppressedHexGeoJson } from '../../../../client/src/map/layers/hex-layer'

const sherbrooke = latLngToCell(45.4, -71.9, 7)

describe('hex layer', () => {
  it('outlines cells as closed [lon, lat] rings and skips malformed indexes', () => {
    const shapes = hexShapes([
      { h3: sherbrooke, demand: 20, unmet: 5, suppressed: false },
      { h3: 'not-a-cell', demand: 20, unmet: 5, suppressed: false },
    ])
    expect(shapes).toHaveLength(1)
    const ring = shapes[0]!.polygon
    expect(ring[0]).toEqual(ring[ring.length - 1])
    expect(ring[0]![0]).toBeCloseTo(-71.9, 0)
    expect(ring[0]![1]).toBeCloseTo(45.4, 0)
  })

  it('draws a suppressed cell see-through grey (hatched underneath), never as a low class', () => {
    const scale = colourScale([10, 20, 30, 40, 50], 'quantile', { type: 'sequential', scheme: 'viridis' })
    const suppressed = { h3: sherbrooke, demand: null, unmet: null, suppressed: true }
    expect(hexFill(suppressed, scale).slice(0, 3)).toEqual([...hexToRgb(SUPPRESSED_BASE)])
    expect(hexFill({ h3: sherbrooke, demand: 50, unmet: 0, suppressed: false }, scale).slice(0, 3)).toEqual([...hexToRgb(scale.ramp[4]!)])
    const geojson = suppressedHexGeoJson(hexShapes([suppressed, { h3: sherbrooke, demand: 50, unmet: 0, suppressed: false }]))
    expect(geojson.features).toHaveLength(1)
  })
})
