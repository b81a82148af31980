import type { MetricsRow } from '../../../../core/api/types'
import type { Language } from '../../i18n/language'
import { figureText, withheldOf, type FigureKind } from '../figures'
import type { RankingColumn } from '../messages'

/** The figure columns of the ranking, in display order, with how each is written. */
export const FIGURE_COLUMNS: readonly { column: Exclude<RankingColumn, 'name'>; kind: FigureKind }[] = [
  { column: 'gap', kind: 'gap' },
  { column: 'demand_rate', kind: 'rate' },
  { column: 'access', kind: 'access' },
  { column: 'deprivation', kind: 'deprivation' },
  { column: 'unmet_share', kind: 'share' },
  { column: 'demand', kind: 'count' },
  { column: 'supply', kind: 'count' },
  { column: 'population', kind: 'count' },
]

/** The text of one cell: "< k" where the row's counts are withheld, "n/a" where a value is simply absent. */
export function cellText(row: MetricsRow, column: Exclude<RankingColumn, 'name'>, kind: FigureKind, language: Language, k: number, notAvailable: string): string {
  const withheld = withheldOf(row)
  const isWithheld = column in withheld ? withheld[column as keyof typeof withheld] : false
  return figureText(language, kind, { value: row[column], withheld: isWithheld }, k, notAvailable)
}
