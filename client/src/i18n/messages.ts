import type { Language } from './language'

/**
 * Every string the interface shows. Both languages are typed against this one interface,
 * so a key missing (or misspelled) in either language is a compile error, not a blank label.
 */
export interface Messages {
  appName: string
  tagline: string
  categoryLabel: string
  allCategories: string
  languageLabel: string
  languageName: Record<Language, string>
  demoNoticeTitle: string
  demoNoticeBody: string
  legendTitle: string
  legendRegionLabel: string
  periodPrefix: string
  suppressedSwatch: (k: number) => string
  noDataSwatch: string
  noPublishableValues: string
  /** Includes the colon, spaced per language ("Source : " / "Source: "). */
  sourcePrefix: string
  sourceDemo: string
  sourceImport: string
  sourceWeeks: (first: string, last: string) => string
  boundariesPrefix: string
  defaultBoundaryCredits: string
  attribution: readonly string[]
  population: string
  demand: string
  demandRate: string
  unmetShare: string
  /** E2SFCA access, shown per 10,000 inhabitants. */
  access: string
  /** The gap score: z(demand rate) − z(access). */
  gap: string
  notAvailable: string
  mapLabel: string
  loading: string
  loadError: (detail: string) => string
  /** "104 MRC affichées": the noun and its agreement depend on the level. */
  territoriesShown: (count: string, level: string) => string
  highestRate: (name: string, rate: string) => string
}

// Past participles agree with the noun in French (MRC and régions are feminine, quartiers masculine).
const FR_SHOWN: Record<string, string> = {
  region: 'régions affichées',
  mrc: 'MRC affichées',
  municipality: 'municipalités affichées',
  neighbourhood: 'quartiers affichés',
}
const EN_SHOWN: Record<string, string> = {
  region: 'regions',
  mrc: 'RCMs',
  municipality: 'municipalities',
  neighbourhood: 'neighbourhoods',
}

const fr: Messages = {
  appName: 'Lacunes',
  tagline: 'Besoins sociaux non comblés au Québec',
  categoryLabel: 'Catégorie de besoin',
  allCategories: 'Toutes les catégories',
  languageLabel: 'Langue',
  languageName: { fr: 'Français', en: 'English' },
  demoNoticeTitle: 'Données de démonstration',
  demoNoticeBody:
    'Les demandes d’aide et les organismes affichés sont synthétiques, générés pour essayer l’outil : ils ne décrivent pas la réalité.',
  legendTitle: 'Demandes pour 1 000 habitants',
  legendRegionLabel: 'Légende de la carte',
  periodPrefix: 'Période : ',
  suppressedSwatch: (k) => `< ${k} demandes (supprimé, confidentialité)`,
  noDataSwatch: 'Aucune donnée',
  noPublishableValues: 'Aucune valeur publiable pour cette sélection.',
  sourcePrefix: 'Source : ',
  sourceDemo: 'données de démonstration synthétiques',
  sourceImport: 'demandes importées',
  sourceWeeks: (first, last) => `semaines ${first} à ${last}`,
  boundariesPrefix: 'limites et population : ',
  defaultBoundaryCredits: 'Gouvernement du Québec (MRNF), Découpages administratifs; Statistique Canada; MAMH',
  attribution: [
    'Limites : Gouvernement du Québec (MRNF), Découpages administratifs',
    'Population : Statistique Canada; MAMH',
  ],
  population: 'Population',
  demand: 'Demandes',
  demandRate: 'Pour 1 000 hab.',
  unmetShare: 'Non comblées',
  access: 'Accès (places pour 10 000 hab.)',
  gap: 'Écart (besoin − accès, en écarts-types)',
  notAvailable: 's. o.',
  mapLabel: 'Carte des demandes d’aide par territoire',
  loading: 'Chargement des données…',
  loadError: (detail) => `Les données n’ont pas pu être chargées (${detail}).`,
  territoriesShown: (count, level) => `${count} ${FR_SHOWN[level] ?? 'territoires affichés'}.`,
  highestRate: (name, rate) => `Taux le plus élevé : ${name} (${rate} pour 1 000).`,
}

const en: Messages = {
  appName: 'Lacunes',
  tagline: 'Unmet social needs in Quebec',
  categoryLabel: 'Need category',
  allCategories: 'All categories',
  languageLabel: 'Language',
  languageName: { fr: 'Français', en: 'English' },
  demoNoticeTitle: 'Demonstration data',
  demoNoticeBody:
    'The help requests and organizations shown are synthetic, generated to try the tool out: they do not describe reality.',
  legendTitle: 'Requests per 1,000 inhabitants',
  legendRegionLabel: 'Map legend',
  periodPrefix: 'Period: ',
  suppressedSwatch: (k) => `< ${k} requests (suppressed for privacy)`,
  noDataSwatch: 'No data',
  noPublishableValues: 'No publishable value for this selection.',
  sourcePrefix: 'Source: ',
  sourceDemo: 'synthetic demonstration data',
  sourceImport: 'imported requests',
  sourceWeeks: (first, last) => `weeks ${first} to ${last}`,
  boundariesPrefix: 'boundaries and population: ',
  defaultBoundaryCredits: 'Gouvernement du Québec (MRNF), Découpages administratifs; Statistics Canada; MAMH',
  attribution: [
    'Boundaries: Gouvernement du Québec (MRNF), Découpages administratifs',
    'Population: Statistics Canada; MAMH',
  ],
  population: 'Population',
  demand: 'Requests',
  demandRate: 'Per 1,000 inh.',
  unmetShare: 'Unmet',
  access: 'Access (places per 10,000 inhabitants)',
  gap: 'Gap (need − access, in standard deviations)',
  notAvailable: 'n/a',
  mapLabel: 'Map of help requests by territory',
  loading: 'Loading data…',
  loadError: (detail) => `The data could not be loaded (${detail}).`,
  territoriesShown: (count, level) => `${count} ${EN_SHOWN[level] ?? 'territories'} shown.`,
  highestRate: (name, rate) => `Highest rate: ${name} (${rate} per 1,000).`,
}

export const MESSAGES: Record<Language, Messages> = { fr, en }
