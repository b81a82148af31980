import { describe, expect, it } from 'vitest'
import { AGE_GROUPS, CHANNELS, LANGUAGES, OUTCOMES } from '../../../core/domain/request-fields'
import { ageGroupOfRange, normalizeAgeGroup } from '../../../etl/normalize/age-group'
import { normalizeChannel } from '../../../etl/normalize/channel'
import { languageCode, normalizeLanguage, parseLanguageList } from '../../../etl/normalize/language'
import { normalizeOutcome } from '../../../etl/normalize/outcome'
import { PhraseTable, foldText } from '../../../etl/normalize/text-key'

describe('foldText and PhraseTable', () => {
  it('folds accents, case, ligatures and punctuation', () => {
    expect(foldText("  Dépannage  d'URGENCE! ")).toBe('depannage d urgence')
    expect(foldText('Sacré-Cœur')).toBe('sacre coeur')
  })

  it('matches whole phrases, or the longest one a text starts with', () => {
    const table = new PhraseTable([['non comblé', 1], ['non', 2]])
    expect(table.exact('Non-comblé')).toBe(1)
    expect(table.prefix('non comblé faute de place')).toBe(1)
    expect(table.prefix('non merci')).toBe(2)
    expect(table.prefix('nonchalant')).toBeUndefined()
  })
})

describe('normalizeOutcome', () => {
  it.each([
    ['Référé', 'referred'],
    ['Référence faite', 'referred'],
    ['Orienté', 'referred'],
    ['Referred', 'referred'],
    ['Référé vers le CLSC', 'referred'],
    ['Besoin non comblé', 'unmet'],
    ['Non comblé', 'unmet'],
    ['Non comblé - aucune place', 'unmet'],
    ['Aucune ressource', 'unmet'],
    ['Unmet', 'unmet'],
    ['No service available', 'unmet'],
    ['Hors territoire', 'out_of_territory'],
    ['Out of area', 'out_of_territory'],
    ["Fonds d'urgence", 'emergency_fund'],
    ['Dépannage financier', 'emergency_fund'],
    ['Emergency fund', 'emergency_fund'],
    ['', 'unknown'],
    ['Inconnu', 'unknown'],
    ['N/D', 'unknown'],
    ['Unknown', 'unknown'],
  ])('"%s" → %s', (text, expected) => {
    expect(normalizeOutcome(text)).toBe(expected)
  })

  it('returns null for what it does not recognize, and never reads a negation as its positive', () => {
    expect(normalizeOutcome('Peut-être')).toBeNull()
    expect(normalizeOutcome('Non référé')).toBeNull()
    expect(normalizeOutcome(null)).toBe('unknown')
  })

  it('only returns outcomes of the vocabulary', () => {
    for (const text of ['Référé', 'Unmet', 'Hors région', 'Fonds', 'N/A']) {
      const outcome = normalizeOutcome(text)
      if (outcome !== null) expect(OUTCOMES).toContain(outcome)
    }
  })
})

describe('normalizeChannel', () => {
  it.each([
    ['211', '211'],
    ['2-1-1', '211'],
    ['Ligne 211', '211'],
    ['211 Québec région', '211'],
    ['Info-Social 811', '811'],
    ['811', '811'],
    ['Info-Santé', '811'],
    ['311', '311'],
    ['3-1-1', '311'],
    ['Travail de rue', 'outreach'],
    ['Équipe de proximité', 'outreach'],
    ['Outreach', 'outreach'],
    ['Sans rendez-vous', 'walk_in'],
    ['Walk-in', 'walk_in'],
    ["Fonds d'urgence", 'fund'],
    ['Courriel', 'other'],
    ['Autre', 'other'],
  ])('"%s" → %s', (text, expected) => {
    expect(normalizeChannel(text)).toBe(expected)
  })

  it('returns null for an empty or unrecognized value', () => {
    expect(normalizeChannel('')).toBeNull()
    expect(normalizeChannel('Pigeon voyageur')).toBeNull()
    expect(normalizeChannel('2110')).toBeNull()
  })

  it('only returns channels of the vocabulary', () => {
    for (const text of ['211', 'Walk-in', 'Travail de rue', 'Web']) expect(CHANNELS).toContain(normalizeChannel(text))
  })
})

describe('normalizeLanguage', () => {
  it.each([
    ['Français', 'fr'],
    ['FR', 'fr'],
    ['francais', 'fr'],
    ['Anglais', 'en'],
    ['English', 'en'],
    ['EN', 'en'],
    ['Espagnol', 'other'],
    ['Arabe', 'other'],
    ['Créole haïtien', 'other'],
    ['Autre', 'other'],
    ['', 'unknown'],
    ['Inconnu', 'unknown'],
    ['Bilingue', 'unknown'],
    ['Français (Canada)', 'fr'],
  ])('"%s" → %s', (text, expected) => {
    expect(normalizeLanguage(text)).toBe(expected)
    expect(LANGUAGES).toContain(expected)
  })

  it('returns null for what it does not recognize', () => {
    expect(normalizeLanguage('Klingon')).toBeNull()
  })

  it('reads a list of languages as ISO codes', () => {
    expect(parseLanguageList('Français, anglais et espagnol')).toEqual({ codes: ['fr', 'en', 'es'], unknown: [] })
    expect(parseLanguageList('FR/EN; Klingon')).toEqual({ codes: ['fr', 'en'], unknown: ['Klingon'] })
    expect(parseLanguageList('Bilingue')).toEqual({ codes: ['fr', 'en'], unknown: [] })
    expect(languageCode('Mandarin')).toBe('zh')
  })
})

describe('normalizeAgeGroup', () => {
  it.each([
    ['65 ans et plus', '65+'],
    ['65+', '65+'],
    ['65 and over', '65+'],
    ['75+', '65+'],
    ['plus de 64 ans', '65+'],
    ['18-34', '18-34'],
    ['18 à 24 ans', '18-34'],
    ['de 35 à 49 ans', '35-49'],
    ['50–64', '50-64'],
    ['0-17', '0-17'],
    ['moins de 18 ans', '0-17'],
    ['Under 18', '0-17'],
    ['< 18', '0-17'],
    ['Aîné', '65+'],
    ['Aînée', '65+'],
    ['Senior', '65+'],
    ['Enfant', '0-17'],
    ['Adolescent', '0-17'],
    ['Jeune adulte', '18-34'],
    ['Adulte', 'unknown'],
    ['Jeune', 'unknown'],
    ['25-44', 'unknown'],
    ['55+', 'unknown'],
    ['34', '18-34'],
    ['34 ans', '18-34'],
    ['17', '0-17'],
    ['0', '0-17'],
    ['49', '35-49'],
    ['64 years old', '50-64'],
    ['Âge : 70', '65+'],
    ['', 'unknown'],
    ['Inconnu', 'unknown'],
  ])('"%s" → %s', (text, expected) => {
    expect(normalizeAgeGroup(text)).toBe(expected)
  })

  it('returns null for what is not an age', () => {
    expect(normalizeAgeGroup('bleu')).toBeNull()
    expect(normalizeAgeGroup('150')).toBeNull()
    expect(normalizeAgeGroup('-3')).toBeNull()
  })

  it('places every age from 0 to 120 in the group that holds it', () => {
    for (let age = 0; age <= 120; age++) {
      const group = normalizeAgeGroup(String(age))
      expect(AGE_GROUPS).toContain(group)
      expect(group).toBe(ageGroupOfRange(age, age))
      expect(group).not.toBe('unknown')
    }
  })
})
