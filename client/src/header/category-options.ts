import type { Category } from '../../../core/api/types'
import { ALL_CATEGORIES } from '../../../core/domain/categories'
import type { Language } from '../i18n/language'
import type { Messages } from '../i18n/messages'

export interface CategoryOption {
  id: string
  label: string
}

/** "All categories" then the top-level categories in the server's order, labelled in the interface language. */
export function categoryOptions(categories: readonly Category[], language: Language, messages: Messages): CategoryOption[] {
  const top = categories
    .filter((category) => category.parent_id === null && category.id !== ALL_CATEGORIES)
    .map((category) => ({ id: category.id, label: language === 'fr' ? category.label_fr : category.label_en }))
  return [{ id: ALL_CATEGORIES, label: messages.allCategories }, ...top]
}

/** The label of a category id (top-level or not), falling back to the id itself for an unknown one. */
export function categoryLabel(id: string, categories: readonly Category[], language: Language, messages: Messages): string {
  if (id === ALL_CATEGORIES) return messages.allCategories
  const category = categories.find((c) => c.id === id)
  if (!category) return id
  return language === 'fr' ? category.label_fr : category.label_en
}
