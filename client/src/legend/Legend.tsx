import { formatMonthRange, formatRate } from '../i18n/format'
import type { Language } from '../i18n/language'
import type { Messages } from '../i18n/messages'
import type { Classification } from './classify'
import { rangeDigits } from './range-digits'

export interface LegendProps {
  language: Language
  messages: Messages
  classification: Classification
  /** Class colours, lowest first, one per bin. */
  ramp: readonly string[]
  categoryLabel: string
  period: { from: string; to: string } | null
  /** Suppression threshold of the metrics shown. */
  k: number
  showNoData: boolean
  source: string | null
}

/** What the colours mean: the measure, its period and category, the classes, and the special cases. */
export function Legend(props: LegendProps) {
  const { language, messages, classification, ramp, categoryLabel, period, k, showNoData, source } = props
  const digits = rangeDigits(classification.bins)
  const rate = (value: number) => formatRate(language, value, digits)
  return (
    <section className="legend panel" aria-labelledby="legend-title">
      <h2 id="legend-title" className="legend-title">
        {messages.legendTitle}
      </h2>
      <p className="legend-category">{categoryLabel}</p>
      {period && (
        <p className="legend-period">
          <span className="visually-hidden">{messages.periodPrefix}</span>
          {formatMonthRange(language, period.from, period.to)}
        </p>
      )}
      <ul className="legend-items">
        {classification.bins.map((bin, i) => (
          <li key={i} className="legend-item">
            <span className="swatch" style={{ background: ramp[i] }} aria-hidden="true" />
            <span>
              {bin.min === bin.max ? rate(bin.max) : `${rate(bin.min)} – ${rate(bin.max)}`}
            </span>
          </li>
        ))}
        {classification.bins.length === 0 && <li className="legend-empty">{messages.noPublishableValues}</li>}
        <li className="legend-item">
          <span className="swatch swatch-suppressed" aria-hidden="true" />
          <span>{messages.suppressedSwatch(k)}</span>
        </li>
        {showNoData && (
          <li className="legend-item">
            <span className="swatch swatch-no-data" aria-hidden="true" />
            <span>{messages.noDataSwatch}</span>
          </li>
        )}
      </ul>
      {source && <p className="legend-source">{source}</p>}
    </section>
  )
}
