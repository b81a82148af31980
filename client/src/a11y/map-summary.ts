import type { MetricsRow } from '../../../core/api/types'
import { formatCount } from '../i18n/format'
import type { Language } from '../i18n/language'
import type { Messages } from '../i18n/messages'
import type { MetricLayer } from '../map/metric-layers'

export interface SummaryInput {
  territoryCount: number
  level: string
  /** The layer's name as the switcher shows it. */
  layerName: string
  /** The territory layer whose highest value is named; null when the map shows something else (hexagons). */
  layer: MetricLayer | null
  rows: readonly MetricsRow[]
  /** Names of the selected territories, in order. */
  selected: readonly string[]
  language: Language
  messages: Messages
}

/**
 * The map in a few sentences, for people who cannot see it:
 * "Couche : Écart. 104 MRC affichées. Valeur la plus élevée : X (+1,20). Sélection : Y."
 */
export function mapSummary(input: SummaryInput): string {
  const { territoryCount, level, layerName, layer, rows, selected, language, messages } = input
  const parts = [messages.summaryLayer(layerName), messages.territoriesShown(formatCount(language, territoryCount), level)]
  if (layer) {
    let top: { name: string; value: number } | null = null
    for (const row of rows) {
      const value = layer.value(row)
      if (typeof value !== 'number') continue
      if (!top || value > top.value) top = { name: row.name, value }
    }
    if (top) parts.push(messages.highestValue(top.name, layer.format(language, top.value)))
  }
  if (selected.length > 0) parts.push(messages.summarySelection(selected.join(', ')))
  return parts.join(' ')
}
