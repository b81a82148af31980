import { describe, expect, it } from 'vitest'
import {
  DEFAULT_VIEW,
  formatPosition,
  parsePosition,
  parseSelection,
  parseViewState,
  serializeViewState,
  type ViewState,
} from '../../../client/src/state/view-state'

describe('parseViewState', () => {
  it('reads language, category and level', () => {
    expect(parseViewState('?lang=en&category=food&level=mrc')).toEqual({ ...DEFAULT_VIEW, language: 'en', category: 'food', level: 'mrc' })
  })

  it('defaults to French, all categories, MRC', () => {
    expect(parseViewState('')).toEqual(DEFAULT_VIEW)
    expect(DEFAULT_VIEW).toMatchObject({ language: 'fr', category: 'all', level: 'mrc' })
  })

  it('falls back per field on malformed values', () => {
    expect(parseViewState('?lang=de&category=<script>&level=MRC!')).toEqual(DEFAULT_VIEW)
  })

  it('accepts sub-categories', () => {
    expect(parseViewState('?category=food.bank').category).toBe('food.bank')
  })

  it('reads an explicit period only when both ends are valid and ordered', () => {
    expect(parseViewState('?from=2025-01&to=2025-06').period).toEqual({ from: '2025-01', to: '2025-06' })
    expect(parseViewState('?from=2025-06&to=2025-01').period).toBeNull()
    expect(parseViewState('?from=2025-13&to=2025-14').period).toBeNull()
    expect(parseViewState('?from=2025-01').period).toBeNull()
  })
})

describe('parseViewState: map parts', () => {
  it('reads layer, services, classes, outcome and channel, rejecting unknown values', () => {
    expect(parseViewState('?layer=access&services=1&classes=jenks&outcome=unmet&channel=outreach')).toMatchObject({
      layer: 'access',
      services: true,
      classification: 'jenks',
      outcome: 'unmet',
      channel: 'outreach',
    })
    expect(parseViewState('?layer=rainbow&services=yes&classes=equal&outcome=x&channel=fax')).toEqual(DEFAULT_VIEW)
  })

  it('defaults to the gap layer', () => {
    expect(DEFAULT_VIEW.layer).toBe('gap')
  })
})

describe('parseSelection', () => {
  it('keeps distinct positive ids in order, at most four', () => {
    expect(parseSelection('12,7,12,x,-3,0,5,6,8')).toEqual([12, 7, 5, 6])
    expect(parseSelection(null)).toEqual([])
  })
})

describe('parsePosition', () => {
  it('reads zoom/lat/lon and rejects out-of-range or partial values', () => {
    expect(parsePosition('7.5/46.8/-71.2')).toEqual({ zoom: 7.5, lat: 46.8, lon: -71.2 })
    expect(parsePosition('7.5/95/-71.2')).toBeNull()
    expect(parsePosition('7.5//-71.2')).toBeNull()
    expect(parsePosition('7.5/46.8')).toBeNull()
  })
})

describe('serializeViewState', () => {
  it('writes the view so that parsing it back gives the same view', () => {
    const view: ViewState = {
      language: 'en',
      category: 'housing',
      level: 'region',
      period: { from: '2024-01', to: '2024-12' },
      outcome: 'unmet',
      channel: '211',
      layer: 'hex',
      services: true,
      classification: 'jenks',
      selection: [12, 7, 30],
      position: { zoom: 8.5, lat: 45.5, lon: -73.56 },
    }
    expect(parseViewState(serializeViewState(view))).toEqual(view)
  })

  it('leaves defaults of the optional parts out of the link', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW, layer: 'gap', classification: 'quantile', services: false })).toBe('?lang=fr&category=all&level=mrc')
  })

  it('rounds the map position to about a pixel of the zoom', () => {
    expect(formatPosition({ zoom: 6, lat: 46.123456, lon: -72.987654 })).toBe('6.00/46.12/-72.99')
    expect(formatPosition({ zoom: 12.3, lat: 46.123456, lon: -72.987654 })).toBe('12.30/46.1235/-72.9877')
  })

  it('produces the documented query string', () => {
    expect(serializeViewState({ ...DEFAULT_VIEW, language: 'en', category: 'food' })).toBe('?lang=en&category=food&level=mrc')
  })

  it('keeps parameters owned by other features and drops a cleared period', () => {
    const search = serializeViewState(DEFAULT_VIEW, '?zoom=7&from=2024-01&to=2024-02')
    const params = new URLSearchParams(search)
    expect(params.get('zoom')).toBe('7')
    expect(params.has('from')).toBe(false)
  })
})
