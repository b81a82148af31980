import { describe, expect, it } from 'vitest'
import { nameKey } from '../../../core/domain/name-key'

describe('nameKey', () => {
  it.each([
    ['Sainte-Anne-des-Monts', 'SAINTE ANNE DES MONTS'],
    ['Ste-Anne-des-Monts', 'Sainte–Anne-des-Monts'],
    ['St-Jean-sur-Richelieu', 'saint jean sur richelieu'],
    ["L'Île-Perrot", 'l ile perrot'],
    ['Saint-Jérôme', 'ST JEROME'],
    ['Lac-Mégantic', 'lac—megantic'],
  ])('"%s" and "%s" meet', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b))
  })

  it('keeps different places apart', () => {
    expect(nameKey('Saint-Jean')).not.toBe(nameKey('Sainte-Jeanne'))
    expect(nameKey('Stanstead')).not.toBe(nameKey('Stoneham'))
  })

  it('does not expand "st" inside a word', () => {
    expect(nameKey('Stanstead')).toBe('stanstead')
  })
})
