import type { TerritoryProfile } from '../../../../core/api/types'
import { isNotFound } from '../../api/client'
import { useAsync } from '../../data/use-async'
import { formatSuppressed } from '../../i18n/format'
import type { Language } from '../../i18n/language'
import { figureText } from '../figures'
import type { PanelMessages } from '../messages'
import { compareUrl, fetchCompare, type PeriodQuery } from '../panel-api'
import { keyFigures } from '../profile/key-figures'
import { TrendChart } from '../profile/TrendChart'
import { barMax, COMPARE_COLOURS, topCategories } from './category-bars'

export interface ComparePanelProps {
  ids: readonly number[]
  period: PeriodQuery | null
  language: Language
  messages: PanelMessages
  categoryName: (id: string) => string
  onRemove: (id: number) => void
}

const CATEGORY_COUNT = 6

/** 2 to 4 territories side by side (/api/compare): key figures, monthly sparklines and requests per 1,000 by category. */
export default function ComparePanel({ ids, period, language, messages, categoryName, onRemove }: ComparePanelProps) {
  const key = ids.length >= 2 && period ? compareUrl(ids, period) : null
  const loaded = useAsync(key, (signal) => fetchCompare(ids, period as PeriodQuery, signal))
  if (ids.length < 2) return <p className="panel-empty">{messages.compareEmpty}</p>
  if (loaded.status === 'error') {
    return (
      <p className="panel-status status-warning" role="status">
        {isNotFound(loaded.error) ? messages.unavailable : messages.loadFailed(loaded.error.message)}
      </p>
    )
  }
  if (!loaded.data) {
    return (
      <p className="panel-status" role="status">
        {messages.loading}
      </p>
    )
  }
  const { profiles, k } = loaded.data
  return <CompareView profiles={profiles} k={k} language={language} messages={messages} categoryName={categoryName} onRemove={onRemove} />
}

interface CompareViewProps {
  profiles: readonly TerritoryProfile[]
  k: number
  language: Language
  messages: PanelMessages
  categoryName: (id: string) => string
  onRemove: (id: number) => void
}

function CompareView({ profiles, k, language, messages, categoryName, onRemove }: CompareViewProps) {
  const figures = profiles.map((profile) => keyFigures(profile, language, messages))
  const rows = figures[0]?.map((figure) => ({ id: figure.id, label: figure.label })) ?? []
  const categories = topCategories(profiles, CATEGORY_COUNT)
  const max = barMax(profiles, categories)
  const colour = (i: number) => COMPARE_COLOURS[i % COMPARE_COLOURS.length]
  return (
    <div className="compare" data-testid="compare">
      <h2 className="panel-title">{messages.compareTitle(String(profiles.length))}</h2>
      <div className="compare-scroll">
        <table className="compare-table">
          <thead>
            <tr>
              <td />
              {profiles.map((profile, i) => (
                <th key={profile.territory.id} scope="col" style={{ borderTopColor: colour(i) }}>
                  <span className="compare-name">{profile.territory.name}</span>
                  <button type="button" className="icon-button icon-small" aria-label={messages.compareRemove(profile.territory.name)} onClick={() => onRemove(profile.territory.id)}>
                    ×
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.label}</th>
                {figures.map((list, i) => (
                  <td key={profiles[i]?.territory.id} className="num">
                    {list.find((f) => f.id === row.id)?.text}
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{messages.compareTrend}</th>
              {profiles.map((profile) => (
                <td key={profile.territory.id}>
                  <TrendChart months={profile.monthly} k={k} language={language} messages={messages} label={`${messages.compareTrend} · ${profile.territory.name}`} width={120} height={34} compact />
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>

      <section className="profile-section" aria-labelledby="compare-categories">
        <h3 id="compare-categories" className="section-title">
          {messages.compareCategories}
        </h3>
        <p className="panel-note">{messages.compareCategoriesHint}</p>
        <ul className="compare-key">
          {profiles.map((profile, i) => (
            <li key={profile.territory.id}>
              <span className="key-swatch" style={{ background: colour(i) }} aria-hidden="true" />
              {profile.territory.name}
            </li>
          ))}
        </ul>
        <dl className="category-bars">
          {categories.map((category) => (
            <div key={category} className="category-group">
              <dt>{categoryName(category)}</dt>
              {profiles.map((profile, i) => {
                const cell = profile.by_category.find((c) => c.category_id === category)
                const rate = cell?.demand_rate ?? null
                const text = figureText(language, 'rate', { value: rate, withheld: cell?.demand === null }, k, messages.notAvailable)
                return (
                  <dd key={profile.territory.id} className="category-bar">
                    <span className="visually-hidden">{`${profile.territory.name}, `}</span>
                    <span className="bar-track" aria-hidden="true">
                      {rate !== null ? (
                        <span className="bar-fill" style={{ width: `${(rate / max) * 100}%`, background: colour(i) }} />
                      ) : (
                        <span className="bar-withheld" />
                      )}
                    </span>
                    <span className="bar-value">{rate === null && cell?.demand === null ? formatSuppressed(k) : text}</span>
                  </dd>
                )
              })}
            </div>
          ))}
        </dl>
      </section>
    </div>
  )
}
