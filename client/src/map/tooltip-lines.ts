import type { MetricsRow } from '../../../core/api/types'
import { formatCount, formatRate, formatShare, formatSuppressed } from '../i18n/format'
import type { Language } from '../i18n/language'
import type { Messages } from '../i18n/messages'

export interface TooltipLine {
  label: string
  value: string
}

/**
 * The figures of one territory as label/value pairs. A suppressed figure reads "< k";
 * a figure that was never published reads "n/a": neither is ever shown as blank or zero.
 */
export function tooltipLines(
  row: MetricsRow | undefined,
  population: number | null,
  k: number,
  language: Language,
  messages: Messages,
): TooltipLine[] {
  const missing = row?.suppressed ? formatSuppressed(k) : messages.notAvailable
  const value = (n: number | null | undefined, format: (language: Language, n: number) => string): string =>
    typeof n === 'number' ? format(language, n) : missing
  const pop = row?.population ?? population
  return [
    { label: messages.population, value: typeof pop === 'number' ? formatCount(language, pop) : messages.notAvailable },
    { label: messages.demand, value: value(row?.demand, formatCount) },
    { label: messages.demandRate, value: value(row?.demand_rate, formatRate) },
    { label: messages.unmetShare, value: value(row?.unmet_share, formatShare) },
    // Access is capacity per inhabitant: per 10,000 inhabitants it reads as places within reach.
    { label: messages.access, value: typeof row?.access === 'number' ? formatRate(language, row.access * 10_000, 2) : messages.notAvailable },
    // The gap needs the demand rate: suppressed with it.
    { label: messages.gap, value: value(row?.gap, (l, n) => formatRate(l, n, 2)) },
  ]
}
