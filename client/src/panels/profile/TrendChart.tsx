import { useId } from 'react'
import { formatCount, formatMonth, formatSuppressed } from '../../i18n/format'
import type { Language } from '../../i18n/language'
import type { PanelMessages } from '../messages'
import { trendBars, type MonthFigure } from './trend-bars'

export interface TrendChartProps {
  months: readonly MonthFigure[]
  k: number
  language: Language
  messages: PanelMessages
  /** Accessible name of the chart (what it is, for which territory). */
  label: string
  width?: number
  height?: number
  /** A sparkline: no axis labels. */
  compact?: boolean
}

/**
 * Monthly requests as a small SVG bar chart: published months as bars with their unmet part,
 * withheld months as hatched "< k" bands (never a zero bar). Each bar carries its value as a title,
 * and a hidden list gives the same figures to screen readers.
 */
export function TrendChart({ months, k, language, messages, label, width = 320, height = 90, compact = false }: TrendChartProps) {
  const pattern = `hatch-${useId().replace(/:/g, '')}`
  const top = compact ? 2 : 14
  const bottom = compact ? 2 : 16
  const { bars, max } = trendBars(months, k, width, height - top - bottom)
  const valueText = (m: MonthFigure) => (m.demand === null ? formatSuppressed(k) : formatCount(language, m.demand))
  const first = months[0]
  const last = months[months.length - 1]
  return (
    <figure className={compact ? 'trend trend-compact' : 'trend'}>
      <svg viewBox={`0 0 ${width} ${height}`} className="trend-svg" role="img" aria-label={label}>
        <defs>
          <pattern id={pattern} width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="4" height="4" fill="#eef0f3" />
            <line x1="0" y1="0" x2="0" y2="4" stroke="#6b7380" strokeWidth="1.4" />
          </pattern>
        </defs>
        {!compact && (
          <text x="0" y="10" className="trend-axis">
            {formatCount(language, max)}
          </text>
        )}
        <g transform={`translate(0 ${top})`}>
          {bars.map((bar, i) => {
            const month = months[i] as MonthFigure
            return (
              <g key={bar.month} data-kind={bar.kind}>
                <title>{messages.trendMonth(formatMonth(language, bar.month), valueText(month))}</title>
                {bar.kind === 'withheld' ? (
                  <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={`url(#${pattern})`} stroke="#6b7380" strokeDasharray="2 2" strokeWidth="0.8" />
                ) : (
                  <>
                    <rect x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill="#6f8fb8" />
                    {bar.unmetHeight !== null && bar.unmetHeight > 0 && (
                      <rect x={bar.x} y={bar.y + bar.height - bar.unmetHeight} width={bar.width} height={bar.unmetHeight} fill="#1f3a5f" />
                    )}
                  </>
                )}
              </g>
            )
          })}
          <line x1="0" x2={width} y1={height - top - bottom} y2={height - top - bottom} stroke="#4a5361" strokeWidth="1" />
        </g>
        {!compact && first && last && (
          <>
            <text x="0" y={height - 3} className="trend-axis">
              {formatMonth(language, first.month)}
            </text>
            <text x={width} y={height - 3} textAnchor="end" className="trend-axis">
              {formatMonth(language, last.month)}
            </text>
          </>
        )}
      </svg>
      <ul className="visually-hidden">
        {months.map((m) => (
          <li key={m.month}>{messages.trendMonth(formatMonth(language, m.month), valueText(m))}</li>
        ))}
      </ul>
    </figure>
  )
}
