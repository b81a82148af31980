import { describe, expect, it } from 'vitest'
import { mapSummary, type SummaryInput } from '../../../client/src/a11y/map-summary'
import { MESSAGES } from '../../../client/src/i18n/messages'
import { METRIC_LAYERS } from '../../../client/src/map/metric-layers'
import { row, suppressedRow } from '../map/fixtures'

describe('mapSummary', () => {
  const rows = [
    row({ territory_id: 1, name: 'Sherbrooke', demand_rate: 21.44, gap: 1.2 }),
    row({ territory_id: 2, name: 'Coaticook', demand_rate: 9, gap: -0.4 }),
    suppressedRow(3),
  ]
  const input = (overrides: Partial<SummaryInput> = {}): SummaryInput => ({
    territoryCount: 104,
    level: 'mrc',
    layerName: MESSAGES.fr.layerName.demand_rate,
    layer: METRIC_LAYERS.demand_rate,
    rows,
    selected: [],
    language: 'fr',
    messages: MESSAGES.fr,
    ...overrides,
  })

  it('names the layer, the count and the highest value in French', () => {
    expect(mapSummary(input())).toBe('Couche : Taux de demande. 104 MRC affichées. Valeur la plus élevée : Sherbrooke (21,4).')
  })

  it('and in English, for the gap layer with its sign', () => {
    expect(mapSummary(input({ language: 'en', messages: MESSAGES.en, layerName: MESSAGES.en.layerName.gap, layer: METRIC_LAYERS.gap }))).toBe(
      'Layer: Gap. 104 RCMs shown. Highest value: Sherbrooke (+1.20).',
    )
  })

  it('names the selection', () => {
    expect(mapSummary(input({ selected: ['Coaticook', 'Sherbrooke'] }))).toMatch(/Sélection : Coaticook, Sherbrooke\.$/)
  })

  it('leaves out the highest value when nothing is publishable, and for hexagons', () => {
    expect(mapSummary(input({ territoryCount: 3, rows: [suppressedRow(1)] }))).toBe('Couche : Taux de demande. 3 MRC affichées.')
    expect(mapSummary(input({ layer: null, layerName: 'Hexagones' }))).toBe('Couche : Hexagones. 104 MRC affichées.')
  })
})
