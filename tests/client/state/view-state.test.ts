import { describe, expect, it } from 'vitest'
import { DEFAULT_VIEW, parseViewState, serializeViewState } from '../../../client/src/state/view-state'

describe('parseViewState', () => {
  it('reads language, category and level', () => {
    expect(parseViewState('?lang=en&category=food&level=mrc')).toEqual({ language: 'en', category: 'food', level: 'mrc', period: null })
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

describe('serializeViewState', () => {
  it('writes the view so that parsing it back gives the same view', () => {
    const view = { language: 'en' as const, category: 'housing', level: 'region', period: { from: '2024-01', to: '2024-12' } }
    expect(parseViewState(serializeViewState(view))).toEqual(view)
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
