// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { MESSAGES } from '../../../client/src/i18n/messages'
import { classifyQuantiles } from '../../../client/src/legend/classify'
import { colourScale } from '../../../client/src/legend/colour-scale'
import { Legend, type LegendProps } from '../../../client/src/legend/Legend'
import { sequentialRamp } from '../../../client/src/legend/palette'
import { METRIC_LAYERS } from '../../../client/src/map/metric-layers'

afterEach(cleanup)

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ')

function props(overrides: Partial<LegendProps> = {}): LegendProps {
  const classification = classifyQuantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5)
  const language = overrides.language ?? 'fr'
  const messages = overrides.messages ?? MESSAGES.fr
  return {
    language,
    messages,
    title: messages.layerTitle.demand_rate,
    hint: null,
    scale: { ...classification, ramp: sequentialRamp(classification.bins.length) },
    formatValue: (value, digits) => METRIC_LAYERS.demand_rate.format(language, value, digits),
    minDigits: 1,
    categoryLabel: 'Alimentation',
    period: { from: '2024-10', to: '2025-09' },
    suppressedLabel: messages.suppressedSwatch(10),
    showNoData: false,
    source: 'Source : données de démonstration synthétiques',
    ...overrides,
  }
}

describe('Legend', () => {
  it('says what the number is, for which category and period', () => {
    render(<Legend {...props()} />)
    expect(screen.getByRole('heading', { name: 'Demandes pour 1 000 habitants' })).toBeTruthy()
    const legend = screen.getByRole('region', { name: 'Demandes pour 1 000 habitants' })
    expect(within(legend).getByText('Alimentation')).toBeTruthy()
    expect(plain(legend.textContent)).toMatch(/oct\.? 2024 – sept\.? 2025/)
  })

  it('lists each class with its range, in the language of the interface', () => {
    render(<Legend {...props()} />)
    const items = screen.getAllByRole('listitem').map((item) => plain(item.textContent))
    expect(items.slice(0, 5)).toEqual(['1,0 – 2,0', '3,0 – 4,0', '5,0 – 6,0', '7,0 – 8,0', '9,0 – 10,0'])
  })

  it('always explains the suppressed swatch with k', () => {
    render(<Legend {...props({ suppressedLabel: MESSAGES.fr.suppressedSwatch(7) })} />)
    expect(screen.getByText('< 7 demandes (supprimé, confidentialité)')).toBeTruthy()
  })

  it('shows the no-data swatch only when some territory has no data', () => {
    const { rerender } = render(<Legend {...props()} />)
    expect(screen.queryByText('Aucune donnée')).toBeNull()
    rerender(<Legend {...props({ showNoData: true })} />)
    expect(screen.getByText('Aucune donnée')).toBeTruthy()
  })

  it('says so when every value is suppressed, instead of an empty scale', () => {
    render(<Legend {...props({ scale: { bins: [], ramp: [] } })} />)
    expect(screen.getByText('Aucune valeur publiable pour cette sélection.')).toBeTruthy()
    expect(screen.getByText('< 10 demandes (supprimé, confidentialité)')).toBeTruthy()
  })

  it('shows the gap on a diverging scale, signed, with its reading hint', () => {
    const scale = colourScale([-2, -1, -0.5, 0.3, 1, 2.5], 'quantile', { type: 'diverging' })
    render(
      <Legend
        {...props({
          title: MESSAGES.fr.layerTitle.gap,
          hint: MESSAGES.fr.layerHint.gap,
          scale,
          minDigits: 2,
          formatValue: (value, digits) => METRIC_LAYERS.gap.format('fr', value, digits),
        })}
      />,
    )
    expect(screen.getByRole('heading', { name: /Écart entre besoin et accès/ })).toBeTruthy()
    const items = screen.getAllByRole('listitem').map((item) => plain(item.textContent))
    expect(items[0]).toMatch(/^-2,00|^−2,00/)
    expect(items.some((item) => item.startsWith('+'))).toBe(true)
    expect(screen.getByText(/Rouge : plus de besoin/)).toBeTruthy()
  })

  it('renders in English with the source line', () => {
    render(<Legend {...props({ language: 'en', messages: MESSAGES.en, source: 'Source: synthetic demonstration data' })} />)
    expect(screen.getByRole('heading', { name: 'Requests per 1,000 inhabitants' })).toBeTruthy()
    expect(screen.getAllByRole('listitem')[0]!.textContent).toBe('1.0 – 2.0')
    expect(screen.getByText('Source: synthetic demonstration data')).toBeTruthy()
  })
})
