import { describe, expect, it } from 'vitest'
import { MESSAGES } from '../../../client/src/i18n/messages'
import { tooltipLines } from '../../../client/src/map/tooltip-lines'
import { row, suppressedRow } from './fixtures'

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('tooltipLines', () => {
  it('formats every figure in French', () => {
    const lines = tooltipLines(row({ territory_id: 1, population: 45210, demand: 1234, demand_rate: 27.3, unmet_share: 0.182, access: 0.00125, gap: -0.5 }), null, 10, 'fr', MESSAGES.fr)
    expect(lines.map((line) => [line.label, plain(line.value)])).toEqual([
      ['Population', '45 210'],
      ['Demandes', '1 234'],
      ['Pour 1 000 hab.', '27,3'],
      ['Non comblées', '18 %'],
      ['Accès (places pour 10 000 hab.)', '12,50'],
      ['Écart (besoin − accès, en écarts-types)', '-0,50'],
    ])
  })

  it('shows suppressed figures as "< k", never blank or zero', () => {
    const lines = tooltipLines(suppressedRow(1), 5000, 10, 'en', MESSAGES.en)
    // Access does not come from requests, so suppression does not hide it; the gap, built on the rate, is hidden.
    expect(lines.slice(1).map((line) => line.value)).toEqual(['< 10', '< 10', '< 10', 'n/a', '< 10'])
    expect(lines[0]!.value).toBe('10,000')
  })

  it('marks figures of a territory without data as not available', () => {
    const lines = tooltipLines(undefined, 2500, 10, 'en', MESSAGES.en)
    expect(lines.map((line) => line.value)).toEqual(['2,500', 'n/a', 'n/a', 'n/a', 'n/a', 'n/a'])
  })
})
