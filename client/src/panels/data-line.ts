import type { Language } from '../i18n/language'
import { LOCALES } from '../i18n/language'
import type { PanelMessages } from './messages'

/** A date of an ISO 8601 timestamp, written out per language ("25 novembre 2026", "November 25, 2026"). */
export function formatDate(language: Language, iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(date)
}

/** Where the figures come from and when they were loaded: "données de démonstration synthétiques · données chargées le …". */
export function provenance(language: Language, messages: PanelMessages, synthetic: boolean, lastImport: string | null): string {
  const origin = synthetic ? messages.sourceDemo : messages.sourceImported
  return lastImport ? `${origin} · ${messages.loadedOn(formatDate(language, lastImport))}` : origin
}
