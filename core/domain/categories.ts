/**
 * The default two-level need taxonomy, after the 2-1-1 top-level need categories.
 * Ids are stable API values; labels are shown to users in French and English.
 */
export interface CategoryDefinition {
  id: string
  parent: string | null
  fr: string
  en: string
}

type Top = readonly [id: string, fr: string, en: string, children: readonly (readonly [string, string, string])[]]

const TAXONOMY: readonly Top[] = [
  ['housing', 'Logement et hébergement', 'Housing and shelter', [
    ['housing.shelter', 'Hébergement d’urgence', 'Emergency shelter'],
    ['housing.rent', 'Aide au loyer et recherche de logement', 'Rent assistance and housing search'],
    ['housing.eviction', 'Éviction et litiges locatifs', 'Eviction and tenancy disputes'],
  ]],
  ['food', 'Alimentation', 'Food', [
    ['food.bank', 'Dépannage alimentaire', 'Food bank'],
    ['food.meals', 'Repas communautaires', 'Community meals'],
    ['food.delivery', 'Popote roulante', 'Meals on wheels'],
  ]],
  ['utilities', 'Services publics (électricité, chauffage)', 'Utilities (electricity, heating)', [
    ['utilities.bills', 'Aide au paiement des factures', 'Bill payment assistance'],
  ]],
  ['health', 'Santé', 'Health', [
    ['health.primary', 'Soins de première ligne', 'Primary care'],
    ['health.home', 'Soins à domicile', 'Home care'],
  ]],
  ['mental_health', 'Santé mentale et dépendances', 'Mental health and addictions', [
    ['mental_health.counselling', 'Écoute et soutien psychologique', 'Counselling and support'],
    ['mental_health.addiction', 'Dépendances', 'Addictions'],
  ]],
  ['income', 'Revenu et emploi', 'Income and employment', [
    ['income.assistance', 'Aide financière et impôts', 'Financial aid and taxes'],
    ['income.employment', 'Recherche d’emploi', 'Job search'],
  ]],
  ['transportation', 'Transport', 'Transportation', [
    ['transportation.medical', 'Transport médical et accompagnement', 'Medical transport and escort'],
    ['transportation.fare', 'Aide au transport collectif', 'Transit fare assistance'],
  ]],
  ['legal', 'Droit et consommation', 'Legal and consumer', [
    ['legal.aid', 'Aide juridique', 'Legal aid'],
    ['legal.consumer', 'Protection du consommateur et budget', 'Consumer protection and budgeting'],
  ]],
  ['family', 'Enfance et famille', 'Child and family', [
    ['family.parenting', 'Soutien parental', 'Parenting support'],
    ['family.youth', 'Jeunesse', 'Youth'],
  ]],
  ['education', 'Éducation et alphabétisation', 'Education and literacy', [
    ['education.literacy', 'Alphabétisation', 'Literacy'],
  ]],
  ['clothing', 'Vêtements et articles ménagers', 'Clothing and household', [
    ['clothing.items', 'Vêtements, meubles et électroménagers', 'Clothing, furniture and appliances'],
  ]],
  ['disability', 'Handicap', 'Disability', [
    ['disability.support', 'Soutien aux personnes handicapées', 'Disability support'],
  ]],
  ['seniors', 'Aînés', 'Seniors', [
    ['seniors.isolation', 'Isolement et visites d’amitié', 'Isolation and friendly visits'],
    ['seniors.caregivers', 'Proches aidants', 'Caregivers'],
  ]],
  ['newcomers', 'Personnes immigrantes', 'Newcomers', [
    ['newcomers.settlement', 'Accueil et intégration', 'Settlement and integration'],
  ]],
  ['crisis', 'Crise et violence', 'Crisis and violence', [
    ['crisis.violence', 'Violence conjugale et familiale', 'Domestic and family violence'],
    ['crisis.suicide', 'Prévention du suicide', 'Suicide prevention'],
  ]],
  ['other', 'Autres besoins', 'Other needs', []],
]

/** Every category of the default taxonomy, top levels first in display order, then their children. */
export const DEFAULT_CATEGORIES: readonly CategoryDefinition[] = [
  ...TAXONOMY.map(([id, fr, en]) => ({ id, parent: null, fr, en })),
  ...TAXONOMY.flatMap(([parent, , , children]) => children.map(([id, fr, en]) => ({ id, parent, fr, en }))),
]

/** Ids of the top-level categories, in display order. */
export const TOP_CATEGORY_IDS: readonly string[] = TAXONOMY.map(([id]) => id)

/** The pseudo-category that sums all categories in metrics. */
export const ALL_CATEGORIES = 'all'
