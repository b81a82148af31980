import { describe, expect, it } from 'vitest'
import { classifyQuantiles } from '../../../client/src/legend/classify'
import { colourScale } from '../../../client/src/legend/colour-scale'
import { hexToRgb, NO_DATA, sequentialRamp, SUPPRESSED_BASE } from '../../../client/src/legend/palette'
import { fillColor } from '../../../client/src/map/fill-color'
import { indexMetrics, territoryStatus } from '../../../client/src/map/join-metrics'
import { METRIC_LAYERS } from '../../../client/src/map/metric-layers'
import { row, suppressedRow } from './fixtures'

describe('territoryStatus', () => {
  it('tells values, suppressed cells and missing rows apart', () => {
    expect(territoryStatus(row({ territory_id: 1 }))).toBe('value')
    expect(territoryStatus(suppressedRow(2))).toBe('suppressed')
    expect(territoryStatus(undefined)).toBe('no_data')
    expect(territoryStatus(row({ territory_id: 3, demand_rate: null }))).toBe('no_data')
  })
})

describe('territoryStatus per layer', () => {
  it('keeps access shown where the demand is suppressed: it depends on public figures only', () => {
    const hidden = { ...suppressedRow(4), access: 0.001 }
    expect(territoryStatus(hidden, METRIC_LAYERS.access)).toBe('value')
    expect(territoryStatus(hidden, METRIC_LAYERS.gap)).toBe('suppressed')
    expect(territoryStatus(row({ territory_id: 5, gap: 0.3 }), METRIC_LAYERS.gap)).toBe('value')
  })
})

describe('indexMetrics', () => {
  it('joins rows by territory id', () => {
    const byId = indexMetrics([row({ territory_id: 7 }), row({ territory_id: 9 })])
    expect(byId.get(9)?.territory_id).toBe(9)
    expect(byId.get(8)).toBeUndefined()
  })
})

describe('fillColor', () => {
  const classification = classifyQuantiles([1, 2, 3, 4, 5], 5)
  const ramp = sequentialRamp(5)
  const scale = { ...classification, ramp }

  it('colours a value by its class', () => {
    expect(fillColor(row({ territory_id: 1, demand_rate: 1 }), scale)).toEqual([...hexToRgb(ramp[0]!), 255])
    expect(fillColor(row({ territory_id: 1, demand_rate: 5 }), scale)).toEqual([...hexToRgb(ramp[4]!), 255])
  })

  it('never draws a suppressed territory as a low value', () => {
    const colour = fillColor(suppressedRow(1), scale)
    expect(colour.slice(0, 3)).toEqual([...hexToRgb(SUPPRESSED_BASE)])
    for (const hex of ramp) expect(colour.slice(0, 3)).not.toEqual([...hexToRgb(hex)])
  })

  it('colours the layer it is given: a gap below zero takes the blue side of the diverging scale', () => {
    const gapScale = colourScale([-2, -1, 1, 2], 'quantile', { type: 'diverging' })
    const [r, , b] = fillColor(row({ territory_id: 1, gap: -2 }), gapScale, METRIC_LAYERS.gap)
    expect(b).toBeGreaterThan(r)
  })

  it('draws missing data in its own neutral', () => {
    expect(fillColor(undefined, scale)).toEqual([...hexToRgb(NO_DATA), 255])
  })
})
