import type { ReactNode } from 'react'
import { formatMonthRange } from '../i18n/format'
import type { Language } from '../i18n/language'
import type { Messages } from '../i18n/messages'
import type { ColourScale } from './colour-scale'
import { rangeDigits } from './range-digits'

export interface LegendProps {
  language: Language
  messages: Messages
  /** What the number is ("Requests per 1,000 inhabitants"). */
  title: string
  /** How to read it, in one line. */
  hint: string | null
  scale: ColourScale
  /** Writes a class bound; `digits` is the precision that keeps neighbouring bounds apart. */
  formatValue: (value: number, digits: number) => string
  /** The precision the measure is shown with at least. */
  minDigits: number
  categoryLabel: string
  period: { from: string; to: string } | null
  /** What a hatched cell means ("< 10 requests (suppressed for privacy)"). */
  suppressedLabel: string
  showNoData: boolean
  /** Anything drawn over the colours (service points), explained below the classes. */
  extra?: ReactNode
  source: string | null
}

/** What the colours mean: the measure, its period and category, the classes, and the special cases. */
export function Legend(props: LegendProps) {
  const { language, messages, title, hint, scale, formatValue, minDigits, categoryLabel, period, suppressedLabel, showNoData, extra, source } = props
  const digits = Math.max(minDigits, rangeDigits(scale.bins))
  const value = (v: number) => formatValue(v, digits)
  return (
    <section className="legend panel" aria-labelledby="legend-title" data-testid="legend">
      <h2 id="legend-title" className="legend-title">
        {title}
      </h2>
      {hint && <p className="legend-hint">{hint}</p>}
      <p className="legend-category">{categoryLabel}</p>
      {period && (
        <p className="legend-period">
          <span className="visually-hidden">{messages.periodPrefix}</span>
          {formatMonthRange(language, period.from, period.to)}
        </p>
      )}
      <ul className="legend-items">
        {scale.bins.map((bin, i) => (
          <li key={i} className="legend-item">
            <span className="swatch" style={{ background: scale.ramp[i] }} aria-hidden="true" />
            <span>{bin.min === bin.max ? value(bin.max) : `${value(bin.min)} – ${value(bin.max)}`}</span>
          </li>
        ))}
        {scale.bins.length === 0 && <li className="legend-empty">{messages.noPublishableValues}</li>}
        <li className="legend-item">
          <span className="swatch swatch-suppressed" aria-hidden="true" />
          <span>{suppressedLabel}</span>
        </li>
        {showNoData && (
          <li className="legend-item">
            <span className="swatch swatch-no-data" aria-hidden="true" />
            <span>{messages.noDataSwatch}</span>
          </li>
        )}
      </ul>
      {extra}
      {source && <p className="legend-source">{source}</p>}
    </section>
  )
}
