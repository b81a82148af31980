import { describe, expect, it } from 'vitest'
import { PANEL_MESSAGES } from '../../../client/src/panels/messages'

/** Every string reachable in a message tree (records nested one level, functions called with samples). */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]]
  if (typeof value === 'function') return [[path, String((value as (...a: string[]) => unknown)('1', '2', '3'))]]
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`))
  return []
}

describe('panel messages', () => {
  it('have the same keys, nested ones included, in French and English', () => {
    const keys = (language: 'fr' | 'en') => strings(PANEL_MESSAGES[language], '').map(([path]) => path).sort()
    expect(keys('en')).toEqual(keys('fr'))
  })

  it('have no empty string and differ between languages where words are involved', () => {
    for (const language of ['fr', 'en'] as const) {
      for (const [path, text] of strings(PANEL_MESSAGES[language], '')) expect(text, path).not.toBe('')
    }
    expect(PANEL_MESSAGES.fr.print).toBe('Imprimer / Enregistrer en PDF')
    expect(PANEL_MESSAGES.en.print).toBe('Print / Save as PDF')
  })

  it('space the colon per language', () => {
    expect(PANEL_MESSAGES.fr.labelValue('Code postal', '40')).toBe('Code postal : 40')
    expect(PANEL_MESSAGES.en.labelValue('Postal code', '40')).toBe('Postal code: 40')
  })
})
