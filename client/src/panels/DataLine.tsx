import { formatMonthRange } from '../i18n/format'
import type { Language } from '../i18n/language'
import { provenance } from './data-line'
import type { PanelMessages } from './messages'

export interface DataLineProps {
  language: Language
  messages: PanelMessages
  /** The need category shown, labelled. */
  category: string
  period: { from: string; to: string }
  synthetic: boolean
  lastImport: string | null
  k: number
}

/** What a panel shows, from which data, of which date, and what "< k" means: under every panel. */
export function DataLine({ language, messages, category, period, synthetic, lastImport, k }: DataLineProps) {
  return (
    <p className="data-line" data-testid="data-line">
      <span className="data-line-what">{messages.dataLine(category, formatMonthRange(language, period.from, period.to))}</span>
      <span>{provenance(language, messages, synthetic, lastImport)}</span>
      <span>{messages.withheldNote(k)}</span>
    </p>
  )
}
