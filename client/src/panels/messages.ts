import type { Language } from '../i18n/language'

/** The tabs of the panel dock. */
export const PANEL_TABS = ['profile', 'ranking', 'finder', 'compare', 'views'] as const
export type PanelTab = (typeof PANEL_TABS)[number]

/** The columns of the ranking table (fields of a /api/metrics row). */
export type RankingColumn = 'name' | 'population' | 'demand' | 'demand_rate' | 'unmet_share' | 'supply' | 'access' | 'gap' | 'deprivation'

/**
 * Every string of the panels (profile, ranking, finder, compare, saved views, presentation, print,
 * export). Both languages are typed against this interface, so a missing key is a compile error.
 */
export interface PanelMessages {
  dockLabel: string
  tabName: Record<PanelTab, string>
  collapse: string
  expand: string
  /** "< 10": a count withheld for privacy, with every rate computed from it. */
  withheldNote: (k: number) => string
  notAvailable: string
  unavailable: string
  loadFailed: (detail: string) => string
  loading: string
  /** Column headers and figure labels. */
  column: Record<RankingColumn, string>
  /** Longer labels of the figures, with their unit. */
  figure: {
    population: string
    demand: string
    demandRate: string
    unmetShare: string
    supply: string
    access: string
    gap: string
    deprivation: string
  }
  /** The "what, which data, which date" line under every panel. */
  dataLine: (category: string, period: string) => string
  sourceDemo: string
  sourceImported: string
  loadedOn: (date: string) => string
  // Profile
  profileEmpty: string
  profileTitle: (name: string) => string
  profileParent: (parent: string) => string
  levelName: (level: string) => string
  gapTitle: string
  gapComponents: string
  gapNoExplanation: string
  topNeeds: string
  topNeedsEmpty: string
  trendTitle: string
  trendCaption: (k: number) => string
  trendWithheld: (k: number) => string
  trendMonth: (month: string, value: string) => string
  /** "label : value" with the language's spacing. */
  labelValue: (label: string, value: string) => string
  unmetLegend: string
  demandLegend: string
  servicesTitle: (count: string) => string
  servicesEmpty: string
  noServiceTitle: string
  noServiceEmpty: string
  byChild: string
  byAge: string
  byChannel: string
  share65: (share: string) => string
  ageName: Record<string, string>
  channelName: Record<string, string>
  precisionTitle: string
  precisionName: Record<string, string>
  allCategoriesNote: string
  print: string
  compareHint: string
  // Ranking
  rankingCaption: (count: string, level: string) => string
  rankingHelp: string
  sortBy: (column: string) => string
  rank: string
  // Finder
  finderIntro: string
  finderRate: (percent: string) => string
  finderAccess: (percent: string) => string
  finderDeprivation: (percent: string) => string
  finderMatches: (count: string) => string
  finderNone: string
  finderExcluded: (count: string) => string
  finderOnMap: string
  finderThresholds: (rate: string, access: string, deprivation: string) => string
  // Compare
  compareEmpty: string
  compareTitle: (count: string) => string
  compareTrend: string
  compareCategories: string
  compareCategoriesHint: string
  compareRemove: (name: string) => string
  // Views and presentation
  viewsTitle: string
  viewsEmpty: string
  viewName: string
  saveView: string
  deleteView: (name: string) => string
  openView: (name: string) => string
  present: string
  presentHint: string
  exitPresentation: string
  stepOf: (index: string, count: string) => string
  previousView: string
  nextView: string
  presentationLabel: string
  // Export and print
  exportTitle: string
  exportCsv: string
  exportGeojson: string
  exportPng: string
  exportPngFailed: string
  reportTitle: (name: string) => string
  reportFigures: string
  reportMap: string
  reportGenerated: (date: string) => string
  reportSources: string
  mapUnavailable: string
}

const LEVEL_FR: Record<string, string> = { region: 'Région administrative', mrc: 'MRC', municipality: 'Municipalité', neighbourhood: 'Quartier' }
const LEVEL_EN: Record<string, string> = { region: 'Administrative region', mrc: 'RCM', municipality: 'Municipality', neighbourhood: 'Neighbourhood' }

const fr: PanelMessages = {
  dockLabel: 'Analyse des territoires',
  tabName: { profile: 'Profil', ranking: 'Classement', finder: 'Repérer', compare: 'Comparer', views: 'Vues' },
  collapse: 'Réduire le panneau',
  expand: 'Ouvrir le panneau',
  withheldNote: (k) => `« < ${k} » : moins de ${k} demandes, valeur retenue pour la confidentialité.`,
  notAvailable: 's. o.',
  unavailable: 'Ce serveur n’offre pas encore cette information.',
  loadFailed: (detail) => `Chargement impossible (${detail}).`,
  loading: 'Chargement…',
  column: {
    name: 'Territoire',
    population: 'Population',
    demand: 'Demandes',
    demand_rate: 'Pour 1 000 hab.',
    unmet_share: 'Non comblées',
    supply: 'Points de service',
    access: 'Accès',
    gap: 'Écart',
    deprivation: 'Défavorisation',
  },
  figure: {
    population: 'Population',
    demand: 'Demandes d’aide',
    demandRate: 'Demandes pour 1 000 habitants',
    unmetShare: 'Part non comblée',
    supply: 'Points de service',
    access: 'Accès (places pour 10 000 hab.)',
    gap: 'Écart besoin − accès',
    deprivation: 'Défavorisation (IDMC 2021)',
  },
  dataLine: (category, period) => `${category} · ${period}`,
  sourceDemo: 'données de démonstration synthétiques',
  sourceImported: 'demandes importées',
  loadedOn: (date) => `données chargées le ${date}`,
  profileEmpty: 'Cliquez un territoire sur la carte ou dans le classement pour voir son profil.',
  profileTitle: (name) => `Profil de ${name}`,
  profileParent: (parent) => `dans ${parent}`,
  levelName: (level) => LEVEL_FR[level] ?? level,
  gapTitle: 'Écart entre besoin et accès',
  gapComponents: 'Composantes',
  gapNoExplanation: 'Écart non calculé : une composante est retenue ou manquante.',
  topNeeds: 'Besoins les plus souvent non comblés',
  topNeedsEmpty: 'Aucune catégorie publiable.',
  trendTitle: 'Demandes par mois',
  trendCaption: (k) => `Barres : demandes publiées; hachures « < ${k} » : mois retenus (jamais zéro).`,
  trendWithheld: (k) => `< ${k}`,
  trendMonth: (month, value) => `${month} : ${value}`,
  labelValue: (label, value) => `${label} : ${value}`,
  unmetLegend: 'dont non comblées',
  demandLegend: 'demandes',
  servicesTitle: (count) => `Services qui desservent le territoire (${count})`,
  servicesEmpty: 'Aucun service répertorié.',
  noServiceTitle: 'Catégories sans aucun service',
  noServiceEmpty: 'Chaque catégorie a au moins un service.',
  byChild: 'Par territoire',
  byAge: 'Par groupe d’âge',
  byChannel: 'Par canal',
  share65: (share) => `65 ans et plus : ${share} des demandes`,
  ageName: { '0-17': '0 à 17 ans', '18-34': '18 à 34 ans', '35-49': '35 à 49 ans', '50-64': '50 à 64 ans', '65+': '65 ans et plus', unknown: 'Âge inconnu' },
  channelName: { '211': '2-1-1', '811': '8-1-1', '311': '3-1-1', outreach: 'Travail de proximité', walk_in: 'Sans rendez-vous', fund: 'Fonds d’urgence', other: 'Autre' },
  precisionTitle: 'Précision de la localisation des demandes',
  precisionName: { coordinates: 'coordonnées', postal_code: 'code postal', municipality: 'municipalité', fsa: 'région de tri (3 caractères)', territory: 'territoire' },
  allCategoriesNote: 'Profil toutes catégories confondues.',
  print: 'Imprimer / Enregistrer en PDF',
  compareHint: 'Maj + clic sur la carte (ou Maj + Entrée dans le classement) pour ajouter un territoire à comparer.',
  rankingCaption: (count, level) => `${count} territoires (${level}), triés au choix`,
  rankingHelp: 'Flèches : changer de ligne; Entrée : ouvrir le profil; Maj + Entrée : ajouter à la comparaison.',
  sortBy: (column) => `Trier par ${column}`,
  rank: 'Rang',
  finderIntro: 'Territoires où le taux de demande est élevé, l’accès faible et la défavorisation élevée.',
  finderRate: (percent) => `Taux de demande : ${percent} les plus élevés`,
  finderAccess: (percent) => `Accès : ${percent} les plus faibles`,
  finderDeprivation: (percent) => `Défavorisation : ${percent} les plus élevées`,
  finderMatches: (count) => (count === '1' ? '1 territoire réunit les trois conditions' : `${count} territoires réunissent les trois conditions`),
  finderNone: 'Aucun territoire ne réunit les trois conditions : élargissez un seuil.',
  finderExcluded: (count) => `${count} territoire(s) exclu(s) : une valeur retenue ou manquante.`,
  finderOnMap: 'Surlignés en orange sur la carte.',
  finderThresholds: (rate, access, deprivation) => `Seuils : taux ≥ ${rate}, accès ≤ ${access}, défavorisation ≥ ${deprivation}`,
  compareEmpty: 'Sélectionnez 2 à 4 territoires : Maj + clic sur la carte, ou Maj + Entrée dans le classement.',
  compareTitle: (count) => `${count} territoires côte à côte`,
  compareTrend: 'Demandes par mois',
  compareCategories: 'Demandes pour 1 000 hab. par catégorie',
  compareCategoriesHint: 'Les 6 catégories les plus demandées dans l’ensemble.',
  compareRemove: (name) => `Retirer ${name} de la comparaison`,
  viewsTitle: 'Vues enregistrées',
  viewsEmpty: 'Aucune vue enregistrée. Une vue garde la carte, la catégorie, la période et la sélection.',
  viewName: 'Nom de la vue',
  saveView: 'Enregistrer la vue actuelle',
  deleteView: (name) => `Supprimer la vue « ${name} »`,
  openView: (name) => `Afficher la vue « ${name} »`,
  present: 'Présenter',
  presentHint: 'Plein écran, grands caractères; flèches gauche et droite : vue précédente ou suivante; Échap : quitter.',
  exitPresentation: 'Quitter la présentation',
  stepOf: (index, count) => `Vue ${index} sur ${count}`,
  previousView: 'Vue précédente',
  nextView: 'Vue suivante',
  presentationLabel: 'Mode présentation',
  exportTitle: 'Exporter',
  exportCsv: 'Tableau CSV',
  exportGeojson: 'GeoJSON',
  exportPng: 'Image PNG de la carte',
  exportPngFailed: 'La carte n’a pas pu être capturée.',
  reportTitle: (name) => `Rapport territorial : ${name}`,
  reportFigures: 'Chiffres clés',
  reportMap: 'Carte',
  reportGenerated: (date) => `Produit le ${date}`,
  reportSources: 'Sources',
  mapUnavailable: 'Image de la carte non disponible.',
}

const en: PanelMessages = {
  dockLabel: 'Territory analysis',
  tabName: { profile: 'Profile', ranking: 'Ranking', finder: 'Finder', compare: 'Compare', views: 'Views' },
  collapse: 'Collapse the panel',
  expand: 'Open the panel',
  withheldNote: (k) => `“< ${k}”: fewer than ${k} requests, withheld for privacy.`,
  notAvailable: 'n/a',
  unavailable: 'This server does not offer this information yet.',
  loadFailed: (detail) => `Could not load (${detail}).`,
  loading: 'Loading…',
  column: {
    name: 'Territory',
    population: 'Population',
    demand: 'Requests',
    demand_rate: 'Per 1,000 inh.',
    unmet_share: 'Unmet',
    supply: 'Service points',
    access: 'Access',
    gap: 'Gap',
    deprivation: 'Deprivation',
  },
  figure: {
    population: 'Population',
    demand: 'Help requests',
    demandRate: 'Requests per 1,000 inhabitants',
    unmetShare: 'Share unmet',
    supply: 'Service points',
    access: 'Access (places per 10,000 inh.)',
    gap: 'Gap need − access',
    deprivation: 'Deprivation (CIMD 2021)',
  },
  dataLine: (category, period) => `${category} · ${period}`,
  sourceDemo: 'synthetic demonstration data',
  sourceImported: 'imported requests',
  loadedOn: (date) => `data loaded on ${date}`,
  profileEmpty: 'Click a territory on the map or in the ranking to see its profile.',
  profileTitle: (name) => `Profile of ${name}`,
  profileParent: (parent) => `in ${parent}`,
  levelName: (level) => LEVEL_EN[level] ?? level,
  gapTitle: 'Gap between need and access',
  gapComponents: 'Components',
  gapNoExplanation: 'Gap not computed: a component is withheld or missing.',
  topNeeds: 'Needs most often unmet',
  topNeedsEmpty: 'No publishable category.',
  trendTitle: 'Requests per month',
  trendCaption: (k) => `Bars: published requests; hatched “< ${k}”: withheld months (never zero).`,
  trendWithheld: (k) => `< ${k}`,
  trendMonth: (month, value) => `${month}: ${value}`,
  labelValue: (label, value) => `${label}: ${value}`,
  unmetLegend: 'of which unmet',
  demandLegend: 'requests',
  servicesTitle: (count) => `Services serving the territory (${count})`,
  servicesEmpty: 'No service listed.',
  noServiceTitle: 'Categories with no service at all',
  noServiceEmpty: 'Every category has at least one service.',
  byChild: 'By territory',
  byAge: 'By age group',
  byChannel: 'By channel',
  share65: (share) => `Aged 65 and over: ${share} of requests`,
  ageName: { '0-17': '0 to 17', '18-34': '18 to 34', '35-49': '35 to 49', '50-64': '50 to 64', '65+': '65 and over', unknown: 'Age unknown' },
  channelName: { '211': '2-1-1', '811': '8-1-1', '311': '3-1-1', outreach: 'Outreach', walk_in: 'Walk-in', fund: 'Emergency fund', other: 'Other' },
  precisionTitle: 'How precisely requests were located',
  precisionName: { coordinates: 'coordinates', postal_code: 'postal code', municipality: 'municipality', fsa: 'forward sortation area', territory: 'territory' },
  allCategoriesNote: 'Profile of all categories together.',
  print: 'Print / Save as PDF',
  compareHint: 'Shift + click on the map (or Shift + Enter in the ranking) to add a territory to compare.',
  rankingCaption: (count, level) => `${count} territories (${level}), sortable`,
  rankingHelp: 'Arrows: move between rows; Enter: open the profile; Shift + Enter: add to the comparison.',
  sortBy: (column) => `Sort by ${column}`,
  rank: 'Rank',
  finderIntro: 'Territories where the request rate is high, access low and deprivation high.',
  finderRate: (percent) => `Request rate: highest ${percent}`,
  finderAccess: (percent) => `Access: lowest ${percent}`,
  finderDeprivation: (percent) => `Deprivation: highest ${percent}`,
  finderMatches: (count) => (count === '1' ? '1 territory meets all three conditions' : `${count} territories meet all three conditions`),
  finderNone: 'No territory meets all three conditions: widen a threshold.',
  finderExcluded: (count) => `${count} territories left out: a value is withheld or missing.`,
  finderOnMap: 'Highlighted in orange on the map.',
  finderThresholds: (rate, access, deprivation) => `Thresholds: rate ≥ ${rate}, access ≤ ${access}, deprivation ≥ ${deprivation}`,
  compareEmpty: 'Select 2 to 4 territories: Shift + click on the map, or Shift + Enter in the ranking.',
  compareTitle: (count) => `${count} territories side by side`,
  compareTrend: 'Requests per month',
  compareCategories: 'Requests per 1,000 inh. by category',
  compareCategoriesHint: 'The 6 most requested categories overall.',
  compareRemove: (name) => `Remove ${name} from the comparison`,
  viewsTitle: 'Saved views',
  viewsEmpty: 'No saved view. A view keeps the map, category, period and selection.',
  viewName: 'View name',
  saveView: 'Save the current view',
  deleteView: (name) => `Delete the view “${name}”`,
  openView: (name) => `Show the view “${name}”`,
  present: 'Present',
  presentHint: 'Full screen, large type; left and right arrows: previous or next view; Esc: leave.',
  exitPresentation: 'Leave the presentation',
  stepOf: (index, count) => `View ${index} of ${count}`,
  previousView: 'Previous view',
  nextView: 'Next view',
  presentationLabel: 'Presentation mode',
  exportTitle: 'Export',
  exportCsv: 'CSV table',
  exportGeojson: 'GeoJSON',
  exportPng: 'PNG image of the map',
  exportPngFailed: 'The map could not be captured.',
  reportTitle: (name) => `Territory report: ${name}`,
  reportFigures: 'Key figures',
  reportMap: 'Map',
  reportGenerated: (date) => `Produced on ${date}`,
  reportSources: 'Sources',
  mapUnavailable: 'Map image not available.',
}

export const PANEL_MESSAGES: Record<Language, PanelMessages> = { fr, en }
