import type { MetricsRow } from '../../../core/api/types'
import { formatCount, formatRate } from '../i18n/format'
import type { Language } from '../i18n/language'
import type { Messages } from '../i18n/messages'

/**
 * The map in one or two sentences, for people who cannot see it:
 * "104 MRC affichées. Taux le plus élevé : X (Y pour 1 000)."
 */
export function mapSummary(
  territoryCount: number,
  level: string,
  rows: readonly MetricsRow[],
  language: Language,
  messages: Messages,
): string {
  const shown = messages.territoriesShown(formatCount(language, territoryCount), level)
  let top: MetricsRow | null = null
  for (const row of rows) {
    if (row.suppressed || typeof row.demand_rate !== 'number') continue
    if (!top || row.demand_rate > (top.demand_rate as number)) top = row
  }
  if (!top) return shown
  return `${shown} ${messages.highestRate(top.name, formatRate(language, top.demand_rate as number))}`
}
