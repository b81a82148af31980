import type { OrganizationProperties, TerritoryProperties } from '../../../core/api/types'
import { formatCount, formatSuppressed } from '../i18n/format'
import type { Language } from '../i18n/language'
import type { Messages } from '../i18n/messages'
import type { MetricsById } from './join-metrics'
import type { HexCell } from './layers/hex-layer'
import { tooltipLines, type TooltipLine } from './tooltip-lines'

export interface TooltipContent {
  title: string
  lines: TooltipLine[]
}

/** The card of a territory: its figures, "< k" where suppressed. */
export function territoryTooltip(properties: TerritoryProperties, metrics: MetricsById, k: number, language: Language, messages: Messages): TooltipContent {
  return { title: properties.name, lines: tooltipLines(metrics.get(properties.id), properties.population, k, language, messages) }
}

/** The card of a hexagon: its published demand and unmet counts, or "< k". */
export function hexTooltip(cell: HexCell, k: number, language: Language, messages: Messages): TooltipContent {
  const count = (n: number | null) => (typeof n === 'number' ? formatCount(language, n) : cell.suppressed ? formatSuppressed(k) : messages.notAvailable)
  return {
    title: messages.layerName.hex,
    lines: [
      { label: messages.demand, value: count(cell.demand) },
      { label: messages.unmetShare, value: count(cell.unmet) },
    ],
  }
}

/** The card of a service location: who, which categories, and how precisely it is placed. */
export function serviceTooltip(properties: OrganizationProperties, categoryName: (id: string) => string, messages: Messages): TooltipContent {
  const categories = [...new Set(properties.services.flatMap((service) => service.categories))]
  return {
    title: properties.name,
    lines: [
      ...properties.services.slice(0, 3).map((service) => ({ label: '•', value: service.name })),
      { label: messages.categories, value: categories.map(categoryName).join(', ') || messages.notAvailable },
      { label: messages.geocodePrecision, value: messages.precisionName[properties.precision] ?? properties.precision },
    ],
  }
}

/** The card of a cluster of service locations. */
export function clusterTooltip(count: number, language: Language, messages: Messages): TooltipContent {
  return { title: messages.serviceCluster(formatCount(language, count)), lines: [] }
}
