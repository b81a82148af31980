/**
 * The assumptions of the synthetic demo dataset, in one place (documented in docs/DEMO-DATA.md).
 * Shares are relative weights; they need not sum to 1.
 */

/** The demo covers 24 full months, fixed so that the dataset never depends on the day it is built. */
export const DEMO_FIRST_MONTH = { year: 2024, month: 11 }
export const DEMO_MONTHS = 24
export const DEMO_DEFAULT_REQUESTS = 200_000
export const DEMO_DEFAULT_ORGANIZATIONS = 6_000
export const DEMO_DEFAULT_SEED = 2011

/** Share of requests by top-level need: housing first, then food (2-1-1 annual reports). */
export const CATEGORY_SHARES = {
  housing: 22, food: 18, income: 10, health: 8, mental_health: 8, utilities: 5, transportation: 5,
  legal: 4, family: 4, seniors: 4, crisis: 3, clothing: 2.5, newcomers: 2, disability: 1.5, education: 1, other: 2,
} as const

/** Base probability that a need of this category goes unmet where supply is at the provincial median. */
export const UNMET_BASE: Readonly<Record<string, number>> = {
  housing: 0.22, transportation: 0.2, mental_health: 0.16, legal: 0.14, utilities: 0.12, disability: 0.14,
}
export const UNMET_DEFAULT_BASE = 0.1

export const AGE_SHARES = { '0-17': 4, '18-34': 26, '35-49': 25, '50-64': 22, '65+': 18, unknown: 5 } as const

export const CHANNEL_SHARES = { '211': 62, '811': 12, '311': 8, walk_in: 6, fund: 6, outreach: 6 } as const
/** Cities with a 3-1-1 line; elsewhere a 3-1-1 draw becomes a 2-1-1 call. */
export const CITIES_WITH_311 = ['Montréal', 'Québec', 'Ottawa', 'Gatineau', 'Laval', 'Longueuil', 'Sherbrooke', 'Lévis', 'Saguenay', 'Trois-Rivières']

export const LANGUAGE_SHARES = {
  default: { fr: 90, en: 5, other: 2, unknown: 3 },
  montreal: { fr: 60, en: 22, other: 13, unknown: 5 },
  ottawa: { fr: 30, en: 62, other: 5, unknown: 3 },
} as const

/** The Memphrémagog outreach team: about 1,664 people met a year, where and how old (PRODUCT.md). */
export const OUTREACH_TEAM = {
  mrcCode: '45',
  peoplePerYear: 1664,
  places: [
    { name: 'Magog', share: 0.5 },
    { name: 'Potton', share: 0.25 },
    { name: 'Stanstead', designation: 'Ville', share: 0.2 },
  ],
  /** The remaining share goes to the other municipalities of the MRC. */
  seniorShare: 0.3,
  categories: { housing: 24, food: 18, mental_health: 16, income: 12, seniors: 12, health: 8, transportation: 10 },
} as const

/** Kinds of community organizations, how common each is, and the needs its services cover. */
export interface OrganizationKind {
  name: string
  weight: number
  services: readonly { name: string; categories: readonly string[] }[]
  /** Smallest population of a place that has this kind of organization. */
  minPopulation?: number
}

export const ORGANIZATION_KINDS: readonly OrganizationKind[] = [
  { name: 'Comptoir alimentaire', weight: 10, services: [{ name: 'Dépannage alimentaire', categories: ['food.bank'] }] },
  { name: 'Cuisines collectives', weight: 4, services: [{ name: 'Cuisines collectives', categories: ['food.meals'] }, { name: 'Ateliers budget', categories: ['legal.consumer'] }] },
  { name: 'Popote roulante', weight: 5, services: [{ name: 'Popote roulante', categories: ['food.delivery', 'seniors'] }] },
  { name: 'Centre d’action bénévole', weight: 7, services: [{ name: 'Accompagnement-transport', categories: ['transportation.medical'] }, { name: 'Visites d’amitié', categories: ['seniors.isolation'] }, { name: 'Aide alimentaire', categories: ['food'] }] },
  { name: 'Comité logement', weight: 4, minPopulation: 8000, services: [{ name: 'Information sur les droits des locataires', categories: ['housing.eviction', 'legal'] }, { name: 'Recherche de logement', categories: ['housing.rent'] }] },
  { name: 'Office municipal d’habitation', weight: 4, minPopulation: 2000, services: [{ name: 'Logement social', categories: ['housing.rent'] }] },
  { name: 'Maison d’hébergement', weight: 3, minPopulation: 10000, services: [{ name: 'Hébergement d’urgence', categories: ['housing.shelter', 'crisis.violence'] }] },
  { name: 'Refuge', weight: 1.5, minPopulation: 40000, services: [{ name: 'Hébergement d’urgence', categories: ['housing.shelter'] }] },
  { name: 'Centre de femmes', weight: 3, minPopulation: 5000, services: [{ name: 'Écoute et accompagnement', categories: ['crisis', 'mental_health.counselling'] }] },
  { name: 'Maison de la famille', weight: 5, services: [{ name: 'Soutien parental', categories: ['family.parenting'] }, { name: 'Halte-garderie', categories: ['family'] }] },
  { name: 'Maison des jeunes', weight: 5, services: [{ name: 'Milieu de vie jeunesse', categories: ['family.youth'] }] },
  { name: 'Carrefour jeunesse-emploi', weight: 2.5, minPopulation: 8000, services: [{ name: 'Recherche d’emploi', categories: ['income.employment'] }] },
  { name: 'Service d’aide à l’impôt et au budget', weight: 3, services: [{ name: 'Clinique d’impôts', categories: ['income.assistance'] }, { name: 'Consultation budgétaire', categories: ['legal.consumer', 'utilities.bills'] }] },
  { name: 'Ressource en santé mentale', weight: 4, minPopulation: 5000, services: [{ name: 'Écoute et soutien', categories: ['mental_health.counselling'] }] },
  { name: 'Organisme en dépendances', weight: 2, minPopulation: 10000, services: [{ name: 'Accompagnement en dépendances', categories: ['mental_health.addiction'] }] },
  { name: 'Centre de prévention du suicide', weight: 0.8, minPopulation: 30000, services: [{ name: 'Intervention de crise', categories: ['crisis.suicide', 'mental_health'] }] },
  { name: 'Centre d’alphabétisation', weight: 2.5, minPopulation: 3000, services: [{ name: 'Alphabétisation', categories: ['education.literacy'] }] },
  { name: 'Association de personnes handicapées', weight: 2.5, minPopulation: 5000, services: [{ name: 'Soutien et loisirs adaptés', categories: ['disability.support'] }, { name: 'Transport adapté', categories: ['transportation'] }] },
  { name: 'Organisme d’accueil des personnes immigrantes', weight: 2, minPopulation: 25000, services: [{ name: 'Accueil et intégration', categories: ['newcomers.settlement'] }, { name: 'Francisation', categories: ['education'] }] },
  { name: 'Friperie et ressourcerie', weight: 3, services: [{ name: 'Vêtements et meubles à bas prix', categories: ['clothing.items'] }] },
  { name: 'Clinique juridique communautaire', weight: 1.2, minPopulation: 20000, services: [{ name: 'Information juridique', categories: ['legal.aid'] }] },
  { name: 'Association des proches aidants', weight: 2, minPopulation: 3000, services: [{ name: 'Répit et soutien', categories: ['seniors.caregivers'] }] },
  { name: 'Clinique communautaire de santé', weight: 1, minPopulation: 30000, services: [{ name: 'Soins infirmiers sans rendez-vous', categories: ['health.primary'] }] },
]
