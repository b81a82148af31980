import { useEffect, useRef, useState } from 'react'
import { formatCount, formatMonth, formatMonthRange } from '../i18n/format'
import type { Language } from '../i18n/language'
import type { Messages } from '../i18n/messages'
import type { Period } from '../period/default-period'
import { barHeights } from '../period/month-range'

interface PeriodSliderProps {
  language: Language
  messages: Messages
  /** Every month with data, oldest first. */
  months: readonly string[]
  /** Requests per month (same order), or null while loading or when withheld. */
  totals: readonly (number | null)[] | null
  period: Period | null
  /** True when `period` is the default (last 12 months) rather than one the user chose. */
  isDefault: boolean
  onChange: (period: Period | null) => void
}

// Dragging a thumb must not fire a metrics request per month crossed: the map follows once it rests.
const COMMIT_DELAY_MS = 250

/** Two range inputs over a monthly histogram: the start and end month of the period, keyboard operable. */
export function PeriodSlider({ language, messages, months, totals, period, isDefault, onChange }: PeriodSliderProps) {
  const last = months.length - 1
  const indexOf = (month: string | undefined, fallback: number) => {
    const i = month ? months.indexOf(month) : -1
    return i >= 0 ? i : fallback
  }
  // The thumbs show the period in effect, or the range being dragged until it is committed.
  const [draft, setDraft] = useState<[number, number] | null>(null)
  const range: [number, number] = draft ?? [indexOf(period?.from, 0), indexOf(period?.to, last)]

  // Only a move of a thumb commits a period; following the store never writes back to it.
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current)
  }, [])
  const move = (next: [number, number]) => {
    setDraft(next)
    if (timer.current) clearTimeout(timer.current)
    const from = months[next[0]]
    const to = months[next[1]]
    if (!from || !to) return
    timer.current = setTimeout(() => {
      if (from !== period?.from || to !== period?.to) onChange({ from, to })
      setDraft(null)
    }, COMMIT_DELAY_MS)
  }

  if (months.length === 0) return null
  const heights = totals ? barHeights(totals) : null
  const [start, end] = range
  const label = (i: number) => formatMonth(language, months[i] ?? '')
  return (
    <fieldset className="control period">
      <legend className="control-label">{messages.periodLabel}</legend>
      <p className="period-value" aria-live="polite">
        {formatMonthRange(language, months[start] ?? '', months[end] ?? '')}
      </p>
      <div className="histogram" role="img" aria-label={messages.histogramCaption}>
        {months.map((month, i) => (
          <span
            key={month}
            className={`histogram-bar${i >= start && i <= end ? ' histogram-bar-in' : ''}`}
            style={{ height: `${Math.max(4, (heights?.[i] ?? 0) * 100)}%` }}
            title={`${label(i)} : ${totals?.[i] != null ? formatCount(language, totals[i] as number) : '…'}`}
          />
        ))}
      </div>
      <div className="period-sliders">
        <input
          type="range"
          className="period-thumb"
          min={0}
          max={last}
          step={1}
          value={start}
          aria-label={messages.periodFrom}
          aria-valuetext={label(start)}
          onChange={(event) => {
            const i = Number(event.target.value)
            move([Math.min(i, end), end])
          }}
        />
        <input
          type="range"
          className="period-thumb"
          min={0}
          max={last}
          step={1}
          value={end}
          aria-label={messages.periodTo}
          aria-valuetext={label(end)}
          onChange={(event) => {
            const i = Number(event.target.value)
            move([start, Math.max(i, start)])
          }}
        />
      </div>
      <p className="histogram-caption">{messages.histogramCaption}</p>
      {!isDefault && (
        <button type="button" className="link-button" onClick={() => onChange(null)}>
          {messages.periodReset}
        </button>
      )}
    </fieldset>
  )
}
