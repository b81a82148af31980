import type { TerritoryProfile } from '../../../../core/api/types'
import { formatCount, formatShare, formatSuppressed } from '../../i18n/format'
import type { Language } from '../../i18n/language'
import { figureText, withheldOf } from '../figures'
import type { PanelMessages } from '../messages'
import { Breakdown } from './Breakdown'
import { keyFigures } from './key-figures'
import { TrendChart } from './TrendChart'

export interface ProfileViewProps {
  profile: TerritoryProfile
  language: Language
  messages: PanelMessages
  categoryName: (id: string) => string
  /** Present: a "Print / Save as PDF" button is shown. */
  onPrint?: () => void
}

/** A territory's profile: key figures, the gap and why, top needs, trend, breakdowns, services, and the data's precision. */
export function ProfileView({ profile, language, messages, categoryName, onPrint }: ProfileViewProps) {
  const { territory, totals, k } = profile
  const na = messages.notAvailable
  const figures = keyFigures(profile, language, messages)
  const headline = figures.filter((f) => f.id !== 'gap' && f.id !== 'deprivation')
  const withheld = withheldOf(totals)
  const byId = new Map(profile.by_category.map((c) => [c.category_id, c]))
  const explanation = profile.gap_explanation?.[language] ?? null
  const precision = Object.entries(profile.data.precision)

  return (
    <article className="profile" aria-labelledby="profile-title" data-testid="profile">
      <header className="profile-head">
        <h2 id="profile-title" className="panel-title">
          {territory.name}
        </h2>
        <p className="panel-subtitle">
          {messages.levelName(territory.level)}
          {territory.parent_name ? ` · ${messages.profileParent(territory.parent_name)}` : ''}
          {` · ${messages.allCategoriesNote}`}
        </p>
        {onPrint && (
          <button type="button" className="action-button" onClick={onPrint} data-testid="print-report">
            {messages.print}
          </button>
        )}
      </header>

      <dl className="figures">
        {headline.map((figure) => (
          <div key={figure.id} className="figure" data-figure={figure.id}>
            <dt>{figure.label}</dt>
            <dd>{figure.text}</dd>
          </div>
        ))}
      </dl>

      <section className="gap-block" aria-labelledby="gap-title" data-testid="gap-block">
        <div className="gap-score">
          <h3 id="gap-title" className="section-title">
            {messages.gapTitle}
          </h3>
          <strong className="gap-value">{figureText(language, 'gap', { value: totals.gap, withheld: withheld.gap }, k, na)}</strong>
        </div>
        <dl className="gap-components" aria-label={messages.gapComponents}>
          <div>
            <dt>{messages.figure.demandRate}</dt>
            <dd>{figureText(language, 'rate', { value: totals.demand_rate, withheld: withheld.demand_rate }, k, na)}</dd>
          </div>
          <div>
            <dt>{messages.figure.access}</dt>
            <dd>{figureText(language, 'access', { value: totals.access, withheld: false }, k, na)}</dd>
          </div>
          <div>
            <dt>{messages.figure.deprivation}</dt>
            <dd>{figureText(language, 'deprivation', { value: totals.deprivation, withheld: false }, k, na)}</dd>
          </div>
        </dl>
        <p className="gap-explanation">{explanation ?? messages.gapNoExplanation}</p>
      </section>

      <section className="profile-section">
        <h3 className="section-title">{messages.topNeeds}</h3>
        {profile.top_unmet.length === 0 ? (
          <p className="panel-note">{messages.topNeedsEmpty}</p>
        ) : (
          <ol className="top-needs">
            {profile.top_unmet.slice(0, 5).map((id) => {
              const share = byId.get(id)?.unmet_share
              return (
                <li key={id}>
                  <span>{categoryName(id)}</span>
                  <span className="top-needs-share">{typeof share === 'number' ? `${formatShare(language, share)} ${messages.column.unmet_share.toLowerCase()}` : ''}</span>
                </li>
              )
            })}
          </ol>
        )}
      </section>

      <section className="profile-section">
        <h3 className="section-title">{messages.trendTitle}</h3>
        <TrendChart months={profile.monthly} k={k} language={language} messages={messages} label={`${messages.trendTitle} · ${territory.name}`} />
        <p className="chart-key">
          <span className="key-swatch key-demand" aria-hidden="true" /> {messages.demandLegend}
          <span className="key-swatch key-unmet" aria-hidden="true" /> {messages.unmetLegend}
          <span className="key-swatch key-withheld" aria-hidden="true" /> {formatSuppressed(k)}
        </p>
        <p className="panel-note">{messages.trendCaption(k)}</p>
      </section>

      {profile.by_child.length > 0 && (
        <Breakdown
          title={messages.byChild}
          k={k}
          language={language}
          notAvailable={na}
          items={profile.by_child.map((c) => ({ key: String(c.territory_id), label: c.name, demand: c.demand, share: c.share, suppressed: c.suppressed }))}
        />
      )}
      <Breakdown
        title={messages.byAge}
        k={k}
        language={language}
        notAvailable={na}
        note={messages.share65(profile.share_65_plus === null ? formatSuppressed(k) : formatShare(language, profile.share_65_plus))}
        items={profile.by_age_group.map((a) => ({ key: a.age_group, label: messages.ageName[a.age_group] ?? a.age_group, demand: a.demand, share: a.share, suppressed: a.suppressed }))}
      />
      <Breakdown
        title={messages.byChannel}
        k={k}
        language={language}
        notAvailable={na}
        items={profile.by_channel.map((c) => ({ key: c.channel, label: messages.channelName[c.channel] ?? c.channel, demand: c.demand, share: c.share, suppressed: c.suppressed }))}
      />

      <section className="profile-section">
        <h3 className="section-title">{messages.noServiceTitle}</h3>
        {profile.categories_without_service.length === 0 ? (
          <p className="panel-note">{messages.noServiceEmpty}</p>
        ) : (
          <ul className="chips" data-testid="no-service">
            {profile.categories_without_service.map((id) => (
              <li key={id} className="chip">
                {categoryName(id)}
              </li>
            ))}
          </ul>
        )}
      </section>

      <details className="profile-section services">
        <summary className="section-title">{messages.servicesTitle(formatCount(language, profile.services.length))}</summary>
        {profile.services.length === 0 ? (
          <p className="panel-note">{messages.servicesEmpty}</p>
        ) : (
          <ul className="service-list">
            {profile.services.map((service) => (
              <li key={service.service_id}>
                <span className="service-name">{service.service_name}</span>
                <span className="service-org">
                  {service.organization_name} · {service.categories.map(categoryName).join(', ')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </details>

      <section className="profile-section">
        <h3 className="section-title">{messages.precisionTitle}</h3>
        <ul className="precision">
          {precision.map(([key, count]) => (
            <li key={key}>
              {messages.labelValue(messages.precisionName[key] ?? key, count === null ? formatSuppressed(k) : formatCount(language, count))}
            </li>
          ))}
        </ul>
      </section>
    </article>
  )
}
