import { describe, expect, it } from 'vitest'
import { mapSummary } from '../../../client/src/a11y/map-summary'
import { MESSAGES } from '../../../client/src/i18n/messages'
import { row, suppressedRow } from '../map/fixtures'

describe('mapSummary', () => {
  const rows = [row({ territory_id: 1, name: 'Sherbrooke', demand_rate: 21.44 }), row({ territory_id: 2, name: 'Coaticook', demand_rate: 9 }), suppressedRow(3)]

  it('names the count and the highest rate in French', () => {
    expect(mapSummary(104, 'mrc', rows, 'fr', MESSAGES.fr)).toBe('104 MRC affichées. Taux le plus élevé : Sherbrooke (21,4 pour 1 000).')
  })

  it('and in English', () => {
    expect(mapSummary(104, 'mrc', rows, 'en', MESSAGES.en)).toBe('104 RCMs shown. Highest rate: Sherbrooke (21.4 per 1,000).')
  })

  it('leaves out the highest rate when nothing is publishable', () => {
    expect(mapSummary(3, 'mrc', [suppressedRow(1)], 'fr', MESSAGES.fr)).toBe('3 MRC affichées.')
  })
})
