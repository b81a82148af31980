/** The channel a request came through ("Ligne 211", "Info-Social 811", "Travail de rue", "Walk-in", ...). */
import type { Channel } from '../../core/domain/request-fields'
import { PhraseTable, foldText } from './text-key'

const PHRASES: readonly (readonly [string, Channel])[] = [
  ...['info social', 'info sante', 'info social et info sante', 'ligne info social', 'ligne info sante'].map((p) => [p, '811'] as const),
  ...['services aux citoyens', 'service aux citoyens', 'bureau des citoyens', 'citizen services', 'requete citoyenne',
    'requetes citoyennes', 'ligne municipale', 'city line'].map((p) => [p, '311'] as const),
  ...['outreach', 'street outreach', 'outreach team', 'travail de rue', 'travailleur de rue', 'travailleuse de rue',
    'travailleurs de rue', 'travail de milieu', 'intervention de milieu', 'intervenant de milieu', 'travail de proximite',
    'equipe de proximite', 'intervention de proximite', 'proximite', 'equipe mobile', 'unite mobile', 'mobile team',
    'mobile unit', 'equipe de rue', 'maraude', 'patrouille', 'visite a domicile', 'home visit', 'milieu'].map((p) => [p, 'outreach'] as const),
  ...['walk in', 'walkin', 'drop in', 'sans rendez vous', 'sans rdv', 'en personne', 'in person', 'comptoir',
    'accueil', 'reception', 'sur place', 'on site', 'presentiel', 'visite', 'rendez vous', 'rdv', 'appointment',
    'bureau', 'office'].map((p) => [p, 'walk_in'] as const),
  ...['fonds d urgence', 'fond d urgence', 'fonds de dernier recours', 'fonds de depannage', 'depannage financier',
    'emergency fund', 'emergency funds', 'last resort fund', 'fonds', 'fund'].map((p) => [p, 'fund'] as const),
  ...['autre', 'autres', 'other', 'courriel', 'email', 'e mail', 'mail', 'clavardage', 'chat', 'texto', 'sms', 'text',
    'texte', 'web', 'site web', 'internet', 'formulaire', 'formulaire web', 'web form', 'telephone', 'phone',
    'appel', 'call', 'poste', 'lettre', 'letter', 'reseaux sociaux', 'social media', 'facebook',
    'reference', 'referral', 'partenaire', 'partner'].map((p) => [p, 'other'] as const),
]

const TABLE = new PhraseTable<Channel>(PHRASES)

/**
 * The channel of a free-text value. The service numbers win wherever they appear ("Ligne 2-1-1",
 * "211 Québec", "Info-Social 811", "3-1-1"); then known phrases, whole or as the start of the text.
 * Empty or unrecognized → `null` (the pipeline applies its default or reports the value).
 */
export function normalizeChannel(text: string | null | undefined): Channel | null {
  const key = foldText(text ?? '')
  if (key === '') return null
  const compact = ` ${key} `.replace(/ (\d) (\d) (\d) /g, ' $1$2$3 ')
  if (/ 211 /.test(compact)) return '211'
  if (/ 811 /.test(compact)) return '811'
  if (/ 311 /.test(compact)) return '311'
  return TABLE.exact(key) ?? TABLE.prefix(key) ?? null
}
