import { formatCount, formatRate, formatShare, formatSignedRate, formatSuppressed } from '../i18n/format'
import type { Language } from '../i18n/language'

/** How a figure is written: a count, a rate per 1,000, a share, access per 10,000, a signed score, a deprivation index. */
export type FigureKind = 'count' | 'rate' | 'share' | 'access' | 'gap' | 'deprivation'

// Access is capacity per inhabitant: per 10,000 inhabitants it reads as places within reach (docs/METRICS.md).
export const ACCESS_PER = 10_000

/** A figure's value with what it takes to write it when absent. */
export interface FigureInput {
  value: number | null | undefined
  /**
   * True when the value is absent because a count behind it was withheld for privacy: it then
   * reads "< k", never blank or zero. Otherwise an absent value reads "n/a".
   */
  withheld: boolean
}

/** Writes a number of one kind in the interface language. */
export function formatValue(language: Language, kind: FigureKind, value: number): string {
  switch (kind) {
    case 'count':
      return formatCount(language, value)
    case 'rate':
      return formatRate(language, value, 1)
    case 'share':
      return formatShare(language, value)
    case 'access':
      return formatRate(language, value * ACCESS_PER, 2)
    case 'gap':
      return formatSignedRate(language, value, 2)
    case 'deprivation':
      return formatRate(language, value, 2)
  }
}

/** A figure as shown: its value, "< k" when withheld, or the "not available" word. */
export function figureText(language: Language, kind: FigureKind, input: FigureInput, k: number, notAvailable: string): string {
  if (typeof input.value === 'number' && Number.isFinite(input.value)) return formatValue(language, kind, input.value)
  return input.withheld ? formatSuppressed(k) : notAvailable
}

/** The figures of a metrics row (or profile totals) with the privacy reason of each absent one. */
export interface RowFigures {
  demand: number | null
  demand_rate: number | null
  unmet: number | null
  unmet_share: number | null
  gap?: number | null
}

/**
 * Which absent figures are withheld: a null count is always a withheld one (zero is published as 0);
 * a rate, share or gap is withheld when a count it is computed from is.
 */
export function withheldOf(row: RowFigures): Record<'demand' | 'demand_rate' | 'unmet' | 'unmet_share' | 'gap', boolean> {
  const demand = row.demand === null
  const unmet = row.unmet === null
  return {
    demand,
    demand_rate: demand && row.demand_rate === null,
    unmet,
    unmet_share: (demand || unmet) && row.unmet_share === null,
    gap: demand && (row.gap ?? null) === null,
  }
}
