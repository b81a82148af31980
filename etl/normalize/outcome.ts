/** The outcome of a request, from the free text of a call report ("Référé", "Besoin non comblé", ...). */
import type { Outcome } from '../../core/domain/request-fields'
import { PhraseTable, foldText } from './text-key'

const PHRASES: readonly (readonly [string, Outcome])[] = [
  // referred
  ...['referred', 'refere', 'referee', 'references', 'reference', 'reference faite', 'referral', 'referral made',
    'referred to', 'refere vers', 'oriente', 'orientee', 'orientation', 'orientation faite', 'dirige', 'dirigee',
    'redirige', 'redirigee', 'signpost', 'signposted', 'information et reference', 'info reference',
    'ressource trouvee', 'ressource identifiee', 'besoin comble', 'need met',
    'service rendu', 'service offert', 'aide apportee'].map((p) => [p, 'referred'] as const),
  // unmet
  ...['unmet', 'unmet need', 'need not met', 'not met', 'besoin non comble', 'non comble', 'non comblee',
    'besoin non repondu', 'non repondu', 'besoin insatisfait', 'aucune ressource', 'aucune ressource disponible',
    'pas de ressource', 'pas de ressources', 'aucun service', 'aucun service disponible', 'ressource inexistante',
    'ressource non disponible', 'ressource indisponible', 'no service available', 'no services available',
    'no resource', 'no resources', 'no resource available', 'service gap', 'gap', 'lacune', 'manque de ressource',
    'manque de ressources', 'unable to refer', 'could not refer', 'impossible de referer'].map((p) => [p, 'unmet'] as const),
  // out of territory
  ...['hors territoire', 'hors region', 'hors secteur', 'hors zone', 'hors du territoire', 'out of area',
    'out of territory', 'outside area', 'outside service area', 'outside the service area', 'out of region',
    'out of province', 'hors province', 'hors quebec'].map((p) => [p, 'out_of_territory'] as const),
  // emergency fund
  ...['fonds d urgence', 'fond d urgence', 'fonds de depannage', 'fonds de dernier recours', 'depannage financier',
    'aide financiere d urgence', 'aide d urgence financiere', 'emergency fund', 'emergency funds',
    'emergency financial assistance', 'emergency financial aid', 'last resort fund'].map((p) => [p, 'emergency_fund'] as const),
  // unknown
  ...['inconnu', 'inconnue', 'unknown', 'n d', 'nd', 'n a', 'na', 'non disponible', 'not available', 'non precise',
    'non precisee', 'non specifie', 'non specifiee', 'non renseigne', 'not specified', 'unspecified', 'none',
    'aucun', 'sans objet', 'autre', 'other', 'nsp', 'ne sait pas', 'don t know'].map((p) => [p, 'unknown'] as const),
]

const TABLE = new PhraseTable<Outcome>(PHRASES)

/**
 * The outcome of a free-text value: a known phrase, or a text that starts with one ("Référé vers
 * le CLSC"). Empty, "?" and "-" are `unknown`; anything else is `null` (unrecognized: the pipeline
 * reports it). A negated phrase ("Non référé") is never read as its positive.
 */
export function normalizeOutcome(text: string | null | undefined): Outcome | null {
  const key = foldText(text ?? '')
  if (key === '') return 'unknown'
  const exact = TABLE.exact(key)
  if (exact !== undefined) return exact
  if (/^(non|pas|not|no|aucun|aucune|sans)\b/.test(key) && !/^(non comble|non repondu|no service|no resource|aucune ressource|aucun service|pas de ressource)/.test(key)) return null
  return TABLE.prefix(key) ?? null
}
