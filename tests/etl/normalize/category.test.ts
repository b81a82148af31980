import { describe, expect, it } from 'vitest'
import { DEFAULT_CATEGORIES } from '../../../core/domain/categories'
import { CATEGORY_SYNONYMS } from '../../../etl/normalize/category-synonyms'
import { matchCategories, type CategoryRow } from '../../../etl/normalize/category'

const CATEGORIES: CategoryRow[] = DEFAULT_CATEGORIES.map((c) => ({ id: c.id, parent_id: c.parent, label_fr: c.fr, label_en: c.en }))
const ids = (text: string, categories: readonly CategoryRow[] = CATEGORIES) => matchCategories(text, categories).ids

describe('matchCategories', () => {
  it.each([
    ['Aide alimentaire', ['food']],
    ['Dépannage alimentaire', ['food.bank']],
    ['Banque alimentaire', ['food.bank']],
    ['Food bank', ['food.bank']],
    ['Épicerie solidaire', ['food.bank']],
    ['Repas', ['food.meals']],
    ['Popote roulante', ['food.delivery']],
    ['Logement', ['housing']],
    ['Hébergement', ['housing.shelter']],
    ['Itinérance', ['housing.shelter']],
    ['Sans-abri', ['housing.shelter']],
    ['Homeless', ['housing.shelter']],
    ['Shelter', ['housing.shelter']],
    ['Éviction', ['housing.eviction']],
    ['Loyer', ['housing.rent']],
    ['Santé mentale', ['mental_health']],
    ['Dépendance', ['mental_health.addiction']],
    ['Toxicomanie', ['mental_health.addiction']],
    ['Addiction', ['mental_health.addiction']],
    ['Transport', ['transportation']],
    ['Accompagnement-transport', ['transportation.medical']],
    ['Aide juridique', ['legal.aid']],
    ['Impôts', ['income.assistance']],
    ['Emploi', ['income.employment']],
    ['Violence conjugale', ['crisis.violence']],
    ['Suicide', ['crisis.suicide']],
    ['Aînés', ['seniors']],
    ['Proche aidant', ['seniors.caregivers']],
    ['Immigration', ['newcomers']],
    ['Francisation', ['newcomers.settlement']],
    ['Vêtements', ['clothing.items']],
    ['Meubles', ['clothing.items']],
    ['Électricité', ['utilities.bills']],
    ['Hydro', ['utilities.bills']],
    ['Chauffage', ['utilities.bills']],
    ['Handicap', ['disability']],
    ['Alphabétisation', ['education.literacy']],
    ['Famille', ['family']],
    ['Jeunesse', ['family.youth']],
    ['Autre', ['other']],
  ])('"%s" → %j', (text, expected) => {
    expect(matchCategories(text, CATEGORIES)).toEqual({ ids: expected, unknown: [] })
  })

  it('ignores accents, case and punctuation', () => {
    expect(ids('DEPANNAGE ALIMENTAIRE!')).toEqual(['food.bank'])
    expect(ids('  sante   MENTALE ')).toEqual(['mental_health'])
    expect(ids('aines')).toEqual(['seniors'])
  })

  it('matches every label of the taxonomy, in French and in English, and every id', () => {
    for (const category of CATEGORIES) {
      expect(ids(category.label_fr), category.label_fr).toEqual([category.id])
      expect(ids(category.label_en), category.label_en).toEqual([category.id])
      expect(ids(category.id), category.id).toEqual([category.id])
    }
  })

  it('splits a cell listing several categories, deduplicated and in order', () => {
    expect(ids('Logement; Aide alimentaire')).toEqual(['housing', 'food'])
    expect(ids('Food bank, meals')).toEqual(['food.bank', 'food.meals'])
    expect(ids('Électricité/Hydro')).toEqual(['utilities.bills'])
    expect(ids('Transport | Emploi')).toEqual(['transportation', 'income.employment'])
    expect(ids('Logement et alimentation')).toEqual(['housing', 'food'])
    expect(ids('Housing and food')).toEqual(['housing', 'food'])
    expect(ids('Logement\nRepas\nLogement')).toEqual(['housing', 'food.meals'])
    expect(ids('Logement - Hébergement')).toEqual(['housing', 'housing.shelter'])
  })

  it('keeps labels that hold a separator whole', () => {
    expect(ids('Vêtements, meubles et électroménagers')).toEqual(['clothing.items'])
    expect(ids('Aide au loyer et recherche de logement; Repas')).toEqual(['housing.rent', 'food.meals'])
    expect(ids('Services publics (électricité, chauffage)')).toEqual(['utilities'])
    expect(ids('Mental health and addictions')).toEqual(['mental_health'])
  })

  it('finds the longest known phrase inside a longer piece', () => {
    expect(ids("Aide alimentaire d'urgence")).toEqual(['food'])
    expect(ids('Besoin de transport pour rendez-vous médical')).toEqual(['transportation.medical'])
    expect(ids("Maison d'hébergement pour femmes victimes de violence")).toEqual(['crisis.violence'])
  })

  it('reads AIRS / 211 taxonomy codes', () => {
    expect(ids('BD-1800.2000 Food Pantries')).toEqual(['food.bank'])
    expect(ids('BH-1800.8500')).toEqual(['housing.shelter'])
    expect(ids('RX-8450')).toEqual(['mental_health'])
  })

  it('returns the pieces it does not know, as written', () => {
    expect(matchCategories('Logement; Zorglub; ', CATEGORIES)).toEqual({ ids: ['housing'], unknown: ['Zorglub'] })
    expect(matchCategories('', CATEGORIES)).toEqual({ ids: [], unknown: [] })
    expect(matchCategories(' ; , ', CATEGORIES)).toEqual({ ids: [], unknown: [] })
  })

  it('falls back to the parent when a user taxonomy lacks the sub-category', () => {
    const topOnly = CATEGORIES.filter((c) => c.parent_id === null)
    expect(ids('Banque alimentaire', topOnly)).toEqual(['food'])
    expect(ids('food.bank', topOnly)).toEqual(['food'])
  })

  it("matches a user's own categories by their labels", () => {
    const custom = [...CATEGORIES, { id: 'food.gardens', parent_id: 'food', label_fr: 'Jardins communautaires', label_en: 'Community gardens' }]
    expect(ids('Jardins communautaires', custom)).toEqual(['food.gardens'])
    expect(ids('community garden', custom)).toEqual(['food.gardens'])
  })

  it('only names ids of the default taxonomy in its synonym table', () => {
    const known = new Set(CATEGORIES.map((c) => c.id))
    for (const id of Object.keys(CATEGORY_SYNONYMS)) expect(known.has(id), id).toBe(true)
  })

  it('returns a fresh result each time (the cache is not shared with callers)', () => {
    const first = matchCategories('Logement', CATEGORIES)
    first.ids.push('mutated')
    expect(matchCategories('Logement', CATEGORIES).ids).toEqual(['housing'])
  })
})

describe('matchCategories on values that look like codes', () => {
  it('does not read short capitals as AIRS codes', () => {
    expect(matchCategories('N/D', CATEGORIES)).toEqual({ ids: [], unknown: ['N', 'D'] })
  })
})
