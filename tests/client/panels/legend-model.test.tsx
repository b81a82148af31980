// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { MESSAGES } from '../../../client/src/i18n/messages'
import { classifyQuantiles } from '../../../client/src/legend/classify'
import { Legend } from '../../../client/src/legend/Legend'
import { sequentialRamp } from '../../../client/src/legend/palette'
import { METRIC_LAYERS } from '../../../client/src/map/metric-layers'
import { legendFromDom } from '../../../client/src/panels/export/legend-model'
import { wrapText } from '../../../client/src/panels/export/map-png'

afterEach(cleanup)

describe('legendFromDom', () => {
  it('reads the legend on screen: title, category, period, classes with colours, the "< k" swatch and the source', () => {
    const classification = classifyQuantiles([1, 2, 3, 4], 2)
    const ramp = sequentialRamp(classification.bins.length)
    render(
      <Legend
        language="en"
        messages={MESSAGES.en}
        title="Requests per 1,000 inhabitants"
        hint="Help requests relative to the population."
        scale={{ ...classification, ramp }}
        formatValue={(v, d) => METRIC_LAYERS.demand_rate.format('en', v, d)}
        minDigits={1}
        categoryLabel="Food"
        period={{ from: '2025-01', to: '2025-12' }}
        suppressedLabel={MESSAGES.en.suppressedSwatch(10)}
        showNoData
        source="Source: synthetic demonstration data"
      />,
    )
    const model = legendFromDom()
    expect(model).not.toBeNull()
    expect(model?.title).toBe('Requests per 1,000 inhabitants')
    expect(model?.category).toBe('Food')
    expect(model?.period).toBe('Jan 2025 – Dec 2025')
    expect(model?.source).toBe('Source: synthetic demonstration data')
    expect(model?.items.map((i) => i.kind)).toEqual(['fill', 'fill', 'suppressed', 'no_data'])
    expect(model?.items[2]?.label).toBe('< 10 requests (suppressed for privacy)')
    expect(model?.items[0]?.colour).not.toBe('#ffffff')
  })

  it('is null when no legend is on screen', () => {
    expect(legendFromDom()).toBeNull()
  })
})

describe('wrapText', () => {
  it('breaks between words to fit a width', () => {
    expect(wrapText((t) => t.length, 'Gap between need and access', 12)).toEqual(['Gap between', 'need and', 'access'])
  })
})
