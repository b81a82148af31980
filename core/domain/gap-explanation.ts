/**
 * The one sentence the interface shows beside a gap score (PRODUCT.md: "explainable in one sentence"),
 * in French and English, from the score's two components (core/domain/gap.ts).
 */
import type { GapComponents } from './gap'

/** "1.3 standard deviations above" / "0.4 écart-type sous" and friends. */
function position(z: number, language: 'fr' | 'en'): string {
  const size = Math.abs(z)
  const amount = size.toLocaleString(language === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: 1, minimumFractionDigits: 1 })
  if (size < 0.05) return language === 'fr' ? 'dans la moyenne' : 'at the average'
  if (language === 'fr') return `${amount} écart${size >= 2 ? 's' : ''}-type${size >= 2 ? 's' : ''} ${z > 0 ? 'au-dessus de' : 'sous'} la moyenne`
  return `${amount} standard deviation${size === 1 ? '' : 's'} ${z > 0 ? 'above' : 'below'} the average`
}

/** The sentence, given the components and the level's label (e.g. "MRC", "quartiers" / "neighbourhoods"). */
export function explainGap(components: GapComponents, levelLabel: { fr: string; en: string }): { fr: string; en: string } {
  const verdict = {
    fr: components.gap > 0.5 ? 'plus de besoins que d’accès' : components.gap < -0.5 ? 'plus d’accès que de besoins' : 'besoins et accès en équilibre',
    en: components.gap > 0.5 ? 'more need than access' : components.gap < -0.5 ? 'more access than need' : 'need and access in balance',
  }
  return {
    fr: `Demandes par 1 000 habitants ${position(components.zRate, 'fr')} des ${levelLabel.fr}, accès ${position(components.zAccess, 'fr')} : ${verdict.fr}.`,
    en: `Requests per 1,000 inhabitants ${position(components.zRate, 'en')} of ${levelLabel.en}, access ${position(components.zAccess, 'en')}: ${verdict.en}.`,
  }
}
