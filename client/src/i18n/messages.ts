import type { Channel, Outcome } from '../../../core/domain/request-fields'
import type { ClassificationMethod, MapLayer } from '../state/view-state'
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
  /** Legend title of each layer: what the number is. */
  layerTitle: Record<MapLayer, string>
  /** Short name of each layer for the layer switcher. */
  layerName: Record<MapLayer, string>
  /** One line under the legend title: how to read the layer. */
  layerHint: Record<MapLayer, string>
  layersLabel: string
  servicesLayer: string
  classesLabel: string
  classificationName: Record<ClassificationMethod, string>
  levelLabel: string
  outcomeLabel: string
  allOutcomes: string
  outcomeName: Record<Outcome, string>
  channelLabel: string
  allChannels: string
  channelName: Record<Channel, string>
  periodLabel: string
  periodFrom: string
  periodTo: string
  /** Caption of the monthly histogram under the period slider. */
  histogramCaption: string
  periodReset: string
  controlsLabel: string
  /** "< k" on a hexagon: a count withheld for privacy. */
  suppressedCells: (k: number) => string
  hexUnavailable: string
  hexResolution: (res: number) => string
  servicesUnavailable: string
  servicesTruncated: (shown: string) => string
  servicesLegend: string
  serviceCluster: (count: string) => string
  servicesLoading: string
  geocodePrecision: string
  precisionName: Record<string, string>
  categories: string
  searchLabel: string
  searchPlaceholder: string
  searchNoResult: string
  searchLocalOnly: string
  searchKind: Record<'territory' | 'municipality' | 'postal_code' | 'fsa', string>
  nearbyTitle: (place: string) => string
  nearbyEmpty: string
  nearbyClose: string
  distance: (km: string) => string
  /** "Layer: gap." at the start of the text summary of the map. */
  summaryLayer: (layer: string) => string
  highestValue: (name: string, value: string) => string
  summarySelection: (names: string) => string
  selectionHint: string
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
  layerTitle: {
    gap: 'Écart entre besoin et accès (écarts-types)',
    demand_rate: 'Demandes pour 1 000 habitants',
    unmet_share: 'Part des demandes non comblées',
    access: 'Accès aux services (places pour 10 000 hab.)',
    hex: 'Demandes par hexagone',
  },
  layerName: {
    gap: 'Écart',
    demand_rate: 'Taux de demande',
    unmet_share: 'Non comblées',
    access: 'Accès',
    hex: 'Hexagones',
  },
  layerHint: {
    gap: 'Rouge : plus de besoin que d’accès; bleu : l’inverse. 0 = moyenne du niveau.',
    demand_rate: 'Demandes d’aide rapportées à la population.',
    unmet_share: 'Demandes sans orientation possible, en part du total.',
    access: 'Accessibilité spatiale (E2SFCA) des points de service.',
    hex: 'Nombre de demandes par cellule H3.',
  },
  layersLabel: 'Couche',
  servicesLayer: 'Points de service',
  classesLabel: 'Classes',
  classificationName: { quantile: 'Quantiles', jenks: 'Seuils naturels (Jenks)' },
  levelLabel: 'Niveau',
  outcomeLabel: 'Issue',
  allOutcomes: 'Toutes les issues',
  outcomeName: {
    referred: 'Orientée',
    unmet: 'Non comblée',
    out_of_territory: 'Hors territoire',
    emergency_fund: 'Fonds d’urgence',
    unknown: 'Inconnue',
  },
  channelLabel: 'Canal',
  allChannels: 'Tous les canaux',
  channelName: {
    '211': '2-1-1',
    '811': '8-1-1',
    '311': '3-1-1',
    outreach: 'Travail de proximité',
    walk_in: 'Sans rendez-vous',
    fund: 'Fonds d’urgence',
    other: 'Autre',
  },
  periodLabel: 'Période',
  periodFrom: 'Début de la période',
  periodTo: 'Fin de la période',
  histogramCaption: 'Demandes par mois, toutes catégories, tout le Québec',
  periodReset: '12 derniers mois',
  controlsLabel: 'Filtres et couches',
  suppressedCells: (k) => `< ${k} demandes (supprimé, confidentialité)`,
  hexUnavailable: 'Les hexagones ne sont pas encore offerts par ce serveur : la carte montre l’écart par territoire.',
  hexResolution: (res) => `Cellules H3 de résolution ${res}`,
  servicesUnavailable: 'Les points de service n’ont pas pu être chargés.',
  servicesTruncated: (shown) => `${shown} lieux affichés sur plus : choisissez une catégorie ou rapprochez-vous.`,
  servicesLegend: 'Point de service (couleur selon la catégorie); cercle numéroté : regroupement',
  serviceCluster: (count) => `${count} lieux de service`,
  servicesLoading: 'Chargement des points de service…',
  geocodePrecision: 'Localisation',
  precisionName: {
    coordinates: 'adresse exacte',
    postal_code: 'code postal',
    municipality: 'centre de la municipalité',
    fsa: 'région de tri (3 caractères)',
    territory: 'territoire',
  },
  categories: 'Catégories',
  searchLabel: 'Rechercher un lieu',
  searchPlaceholder: 'Territoire, municipalité ou code postal',
  searchNoResult: 'Aucun résultat.',
  searchLocalOnly: 'Recherche limitée aux noms des territoires chargés et aux codes postaux.',
  searchKind: { territory: 'Territoire', municipality: 'Municipalité', postal_code: 'Code postal', fsa: 'Région de tri' },
  nearbyTitle: (place) => `Services les plus proches de ${place}`,
  nearbyEmpty: 'Aucun service trouvé à proximité pour cette catégorie.',
  nearbyClose: 'Fermer la liste des services',
  distance: (km) => `${km} km`,
  summaryLayer: (layer) => `Couche : ${layer}.`,
  highestValue: (name, value) => `Valeur la plus élevée : ${name} (${value}).`,
  summarySelection: (names) => `Sélection : ${names}.`,
  selectionHint: 'Cliquez un territoire pour le sélectionner; Maj + clic pour en comparer jusqu’à 4; double-clic pour descendre d’un niveau.',
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
  layerTitle: {
    gap: 'Gap between need and access (standard deviations)',
    demand_rate: 'Requests per 1,000 inhabitants',
    unmet_share: 'Share of requests left unmet',
    access: 'Access to services (places per 10,000 inh.)',
    hex: 'Requests per hexagon',
  },
  layerName: {
    gap: 'Gap',
    demand_rate: 'Request rate',
    unmet_share: 'Unmet',
    access: 'Access',
    hex: 'Hexagons',
  },
  layerHint: {
    gap: 'Red: more need than access; blue: the reverse. 0 = the level’s average.',
    demand_rate: 'Help requests relative to the population.',
    unmet_share: 'Requests that could not be referred, as a share of all.',
    access: 'Spatial accessibility (E2SFCA) of service points.',
    hex: 'Number of requests per H3 cell.',
  },
  layersLabel: 'Layer',
  servicesLayer: 'Service points',
  classesLabel: 'Classes',
  classificationName: { quantile: 'Quantiles', jenks: 'Natural breaks (Jenks)' },
  levelLabel: 'Level',
  outcomeLabel: 'Outcome',
  allOutcomes: 'All outcomes',
  outcomeName: {
    referred: 'Referred',
    unmet: 'Unmet',
    out_of_territory: 'Out of territory',
    emergency_fund: 'Emergency fund',
    unknown: 'Unknown',
  },
  channelLabel: 'Channel',
  allChannels: 'All channels',
  channelName: {
    '211': '2-1-1',
    '811': '8-1-1',
    '311': '3-1-1',
    outreach: 'Outreach',
    walk_in: 'Walk-in',
    fund: 'Emergency fund',
    other: 'Other',
  },
  periodLabel: 'Period',
  periodFrom: 'Start of the period',
  periodTo: 'End of the period',
  histogramCaption: 'Requests per month, all categories, all of Quebec',
  periodReset: 'Last 12 months',
  controlsLabel: 'Filters and layers',
  suppressedCells: (k) => `< ${k} requests (suppressed for privacy)`,
  hexUnavailable: 'Hexagons are not offered by this server yet: the map shows the gap by territory.',
  hexResolution: (res) => `H3 cells of resolution ${res}`,
  servicesUnavailable: 'The service points could not be loaded.',
  servicesTruncated: (shown) => `${shown} locations shown out of more: choose a category or zoom in.`,
  servicesLegend: 'Service point (colour by category); numbered circle: a cluster',
  serviceCluster: (count) => `${count} service locations`,
  servicesLoading: 'Loading service points…',
  geocodePrecision: 'Located by',
  precisionName: {
    coordinates: 'exact address',
    postal_code: 'postal code',
    municipality: 'municipality centre',
    fsa: 'forward sortation area',
    territory: 'territory',
  },
  categories: 'Categories',
  searchLabel: 'Search a place',
  searchPlaceholder: 'Territory, municipality or postal code',
  searchNoResult: 'No result.',
  searchLocalOnly: 'Search limited to the names of loaded territories and to postal codes.',
  searchKind: { territory: 'Territory', municipality: 'Municipality', postal_code: 'Postal code', fsa: 'Sortation area' },
  nearbyTitle: (place) => `Nearest services to ${place}`,
  nearbyEmpty: 'No service found nearby for this category.',
  nearbyClose: 'Close the list of services',
  distance: (km) => `${km} km`,
  summaryLayer: (layer) => `Layer: ${layer}.`,
  highestValue: (name, value) => `Highest value: ${name} (${value}).`,
  summarySelection: (names) => `Selected: ${names}.`,
  selectionHint: 'Click a territory to select it; Shift + click to compare up to 4; double-click to go down one level.',
}

export const MESSAGES: Record<Language, Messages> = { fr, en }
