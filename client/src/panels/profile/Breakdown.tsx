import { formatCount, formatShare, formatSuppressed } from '../../i18n/format'
import type { Language } from '../../i18n/language'

export interface BreakdownItem {
  key: string
  label: string
  demand: number | null
  share: number | null
  suppressed: boolean
}

export interface BreakdownProps {
  title: string
  items: readonly BreakdownItem[]
  k: number
  language: Language
  notAvailable: string
  /** A line under the title (e.g. the share aged 65 and over). */
  note?: string | null
}

/** A breakdown of demand as labelled share bars; withheld parts read "< k", with no bar. */
export function Breakdown({ title, items, k, language, notAvailable, note }: BreakdownProps) {
  return (
    <section className="profile-section">
      <h3 className="section-title">{title}</h3>
      {note && <p className="panel-note">{note}</p>}
      <ul className="breakdown">
        {items.map((item) => {
          const value = item.demand === null ? formatSuppressed(k) : formatCount(language, item.demand)
          const share = item.share === null ? (item.suppressed ? '' : notAvailable) : formatShare(language, item.share)
          return (
            <li key={item.key} className="breakdown-row">
              <span className="breakdown-label">{item.label}</span>
              <span className="breakdown-bar" aria-hidden="true">
                {item.share !== null && <span style={{ width: `${Math.round(item.share * 100)}%` }} />}
              </span>
              <span className="breakdown-value">
                {value}
                {share && <span className="breakdown-share"> ({share})</span>}
              </span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
