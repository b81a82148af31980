/** The interface languages. French is the default: the product serves Quebec in French first. */
export const LANGUAGES = ['fr', 'en'] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = 'fr'

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value)
}

/** The locale of number and date formatting for each interface language. */
export const LOCALES: Record<Language, string> = { fr: 'fr-CA', en: 'en-CA' }
