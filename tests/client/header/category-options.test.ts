import { describe, expect, it } from 'vitest'
import type { Category } from '../../../core/api/types'
import { categoryLabel, categoryOptions } from '../../../client/src/header/category-options'
import { MESSAGES } from '../../../client/src/i18n/messages'

const categories: Category[] = [
  { id: 'housing', parent_id: null, label_fr: 'Logement et hébergement', label_en: 'Housing and shelter' },
  { id: 'food', parent_id: null, label_fr: 'Alimentation', label_en: 'Food' },
  { id: 'food.bank', parent_id: 'food', label_fr: 'Dépannage alimentaire', label_en: 'Food bank' },
]

describe('categoryOptions', () => {
  it('lists "all" first, then top-level categories in server order', () => {
    expect(categoryOptions(categories, 'fr', MESSAGES.fr)).toEqual([
      { id: 'all', label: 'Toutes les catégories' },
      { id: 'housing', label: 'Logement et hébergement' },
      { id: 'food', label: 'Alimentation' },
    ])
  })

  it('labels in English', () => {
    expect(categoryOptions(categories, 'en', MESSAGES.en).map((option) => option.label)).toEqual(['All categories', 'Housing and shelter', 'Food'])
  })
})

describe('categoryLabel', () => {
  it('finds sub-categories and falls back to the id', () => {
    expect(categoryLabel('food.bank', categories, 'en', MESSAGES.en)).toBe('Food bank')
    expect(categoryLabel('all', categories, 'fr', MESSAGES.fr)).toBe('Toutes les catégories')
    expect(categoryLabel('unknown', categories, 'fr', MESSAGES.fr)).toBe('unknown')
  })
})
