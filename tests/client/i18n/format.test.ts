import { describe, expect, it } from 'vitest'
import { formatCount, formatMonth, formatMonthRange, formatRate, formatShare, formatSuppressed } from '../../../client/src/i18n/format'

// Intl separates French thousands with a (narrow) no-break space: compare with spaces normalized.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ')

describe('number formatting', () => {
  it('groups thousands per language', () => {
    expect(plain(formatCount('fr', 1234567))).toBe('1 234 567')
    expect(formatCount('en', 1234567)).toBe('1,234,567')
  })

  it('writes rates with one decimal and the language decimal mark', () => {
    expect(formatRate('fr', 12.345)).toBe('12,3')
    expect(formatRate('en', 12.345)).toBe('12.3')
    expect(formatRate('en', 4)).toBe('4.0')
  })

  it('writes shares as whole percentages', () => {
    expect(plain(formatShare('fr', 0.123))).toBe('12 %')
    expect(formatShare('en', 0.123)).toBe('12%')
  })

  it('shows suppressed figures as "< k"', () => {
    expect(formatSuppressed(10)).toBe('< 10')
  })
})

describe('month formatting', () => {
  it('names months per language, without time zone drift', () => {
    expect(formatMonth('en', '2025-01')).toMatch(/Jan\.? 2025/)
    expect(formatMonth('fr', '2025-01')).toMatch(/janv\.? 2025/)
  })

  it('formats an inclusive range, or one month alone', () => {
    expect(formatMonthRange('en', '2024-10', '2025-09')).toMatch(/^Oct\.? 2024 – Sep[t.]* 2025$/)
    expect(formatMonthRange('en', '2025-03', '2025-03')).toMatch(/^Mar\.? 2025$/)
  })

  it('returns anything that is not a month unchanged', () => {
    expect(formatMonth('fr', 'soon')).toBe('soon')
  })
})
