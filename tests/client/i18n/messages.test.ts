import { describe, expect, it } from 'vitest'
import { MESSAGES } from '../../../client/src/i18n/messages'

describe('messages', () => {
  it('has the same keys in French and English (the type checker enforces it; this guards the build)', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.fr).sort())
  })

  it('has no empty string', () => {
    for (const messages of Object.values(MESSAGES)) {
      for (const [key, value] of Object.entries(messages)) {
        if (typeof value === 'string') expect(value, key).not.toBe('')
      }
    }
  })

  it('agrees the French participle with the level noun', () => {
    expect(MESSAGES.fr.territoriesShown('104', 'mrc')).toBe('104 MRC affichées.')
    expect(MESSAGES.fr.territoriesShown('12', 'neighbourhood')).toBe('12 quartiers affichés.')
    expect(MESSAGES.en.territoriesShown('104', 'mrc')).toBe('104 RCMs shown.')
    expect(MESSAGES.fr.territoriesShown('3', 'custom_zone')).toBe('3 territoires affichés.')
  })
})
