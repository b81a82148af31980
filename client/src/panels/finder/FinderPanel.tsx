import { useEffect, useId, useMemo, useState } from 'react'
import type { MetricsRow } from '../../../../core/api/types'
import { formatShare } from '../../i18n/format'
import type { Language } from '../../i18n/language'
import { formatValue } from '../figures'
import type { PanelMessages } from '../messages'
import { DEFAULT_THRESHOLDS, findMatches, type FinderThresholds } from './find-matches'

export interface FinderPanelProps {
  rows: readonly MetricsRow[]
  language: Language
  messages: PanelMessages
  onSelect: (id: number, additive: boolean) => void
  onHover: (id: number | null) => void
  /** Receives the ids of the matches (highlighted on the map); [] when the finder closes. */
  onMatches: (ids: number[]) => void
}

const CONDITIONS = ['rate', 'access', 'deprivation'] as const

/** Territories where demand is high, access low and deprivation high, with a slider per condition. */
export function FinderPanel({ rows, language, messages, onSelect, onHover, onMatches }: FinderPanelProps) {
  const [thresholds, setThresholds] = useState<FinderThresholds>(DEFAULT_THRESHOLDS)
  const result = useMemo(() => findMatches(rows, thresholds), [rows, thresholds])
  const ids = result.matches.map((row) => row.territory_id).join(',')
  const baseId = useId()

  useEffect(() => {
    onMatches(ids === '' ? [] : ids.split(',').map(Number))
  }, [ids, onMatches])
  useEffect(() => () => onMatches([]), [onMatches])

  const label = (condition: (typeof CONDITIONS)[number]) => {
    const percent = formatShare(language, thresholds[condition])
    if (condition === 'rate') return messages.finderRate(percent)
    if (condition === 'access') return messages.finderAccess(percent)
    return messages.finderDeprivation(percent)
  }
  const cut = (kind: 'rate' | 'access' | 'deprivation', value: number | null) => (value === null ? messages.notAvailable : formatValue(language, kind, value))

  return (
    <div className="finder" data-testid="finder">
      <p className="panel-lead">{messages.finderIntro}</p>
      <div className="finder-sliders">
        {CONDITIONS.map((condition) => (
          <div key={condition} className="finder-slider">
            <label htmlFor={`${baseId}-${condition}`}>{label(condition)}</label>
            <input
              id={`${baseId}-${condition}`}
              type="range"
              min={5}
              max={50}
              step={5}
              value={Math.round(thresholds[condition] * 100)}
              aria-valuetext={label(condition)}
              onChange={(event) => setThresholds({ ...thresholds, [condition]: Number(event.target.value) / 100 })}
            />
          </div>
        ))}
      </div>
      <p className="panel-note">{messages.finderThresholds(cut('rate', result.cutoffs.rate), cut('access', result.cutoffs.access), cut('deprivation', result.cutoffs.deprivation))}</p>
      <p className="finder-count" role="status" aria-live="polite">
        {result.matches.length > 0 ? `${messages.finderMatches(String(result.matches.length))}. ${messages.finderOnMap}` : messages.finderNone}
      </p>
      {result.matches.length > 0 && <p className="panel-note finder-columns">{`${messages.column.demand_rate} · ${messages.column.access} · ${messages.column.deprivation}`}</p>}
      {result.matches.length > 0 && (
        <ol className="finder-list" onMouseLeave={() => onHover(null)}>
          {result.matches.map((row) => (
            <li key={row.territory_id}>
              <button
                type="button"
                className="list-button"
                onClick={(event) => onSelect(row.territory_id, event.shiftKey)}
                onMouseEnter={() => onHover(row.territory_id)}
                onFocus={() => onHover(row.territory_id)}
              >
                <span className="list-name">{row.name}</span>
                <span className="list-figures">
                  {formatValue(language, 'rate', row.demand_rate as number)} · {formatValue(language, 'access', row.access as number)} · {formatValue(language, 'deprivation', row.deprivation as number)}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {result.excluded > 0 && <p className="panel-note">{messages.finderExcluded(String(result.excluded))}</p>}
    </div>
  )
}
