import type { TerritoryProfile } from '../../../../core/api/types'
import { formatCount } from '../../i18n/format'
import type { Language } from '../../i18n/language'
import { figureText, withheldOf } from '../figures'
import type { PanelMessages } from '../messages'

export interface KeyFigure {
  id: 'population' | 'demand' | 'demand_rate' | 'unmet_share' | 'supply' | 'access' | 'gap' | 'deprivation'
  label: string
  text: string
}

/** The headline figures of a profile, written out ("< k" where withheld): shared by the profile, comparison and report. */
export function keyFigures(profile: TerritoryProfile, language: Language, messages: PanelMessages): KeyFigure[] {
  const { totals, k, territory } = profile
  const withheld = withheldOf(totals)
  const na = messages.notAvailable
  const f = messages.figure
  return [
    { id: 'population', label: f.population, text: territory.population === null ? na : formatCount(language, territory.population) },
    { id: 'demand', label: f.demand, text: figureText(language, 'count', { value: totals.demand, withheld: withheld.demand }, k, na) },
    { id: 'demand_rate', label: f.demandRate, text: figureText(language, 'rate', { value: totals.demand_rate, withheld: withheld.demand_rate }, k, na) },
    { id: 'unmet_share', label: f.unmetShare, text: figureText(language, 'share', { value: totals.unmet_share, withheld: withheld.unmet_share }, k, na) },
    { id: 'supply', label: f.supply, text: formatCount(language, totals.supply) },
    { id: 'access', label: f.access, text: figureText(language, 'access', { value: totals.access, withheld: false }, k, na) },
    { id: 'gap', label: f.gap, text: figureText(language, 'gap', { value: totals.gap, withheld: withheld.gap }, k, na) },
    { id: 'deprivation', label: f.deprivation, text: figureText(language, 'deprivation', { value: totals.deprivation, withheld: false }, k, na) },
  ]
}
