import { useEffect, useState } from 'react'
import { createPortal } from 'react-dom'
import type { TerritoryProfile } from '../../../../core/api/types'
import { formatMonthRange, formatShare, formatSuppressed } from '../../i18n/format'
import type { Language } from '../../i18n/language'
import { formatDate, provenance } from '../data-line'
import type { LegendModel } from '../export/legend-model'
import type { PanelMessages } from '../messages'
import { keyFigures } from '../profile/key-figures'
import { TrendChart } from '../profile/TrendChart'
import './print.css'

export interface PrintReportProps {
  profile: TerritoryProfile
  /** The map as a PNG data URL, or null when it could not be captured. */
  mapImage: string | null
  legend: LegendModel | null
  language: Language
  messages: PanelMessages
  categoryName: (id: string) => string
  /** Boundary and population credits. */
  attribution: readonly string[]
  /** Called after the print dialog closes (afterprint). */
  onDone: () => void
}

/**
 * A one-page territory report for print or PDF: the map with its legend, key figures, the gap and
 * why, the monthly trend, top needs and missing services, the date and every source. It is drawn
 * outside the app's root, and print.css prints it alone; the print dialog opens once the map image is in.
 */
export default function PrintReport(props: PrintReportProps) {
  const { profile, mapImage, legend, language, messages, categoryName, attribution, onDone } = props
  const [imageReady, setImageReady] = useState(mapImage === null)

  useEffect(() => {
    const after = () => onDone()
    window.addEventListener('afterprint', after)
    return () => window.removeEventListener('afterprint', after)
  }, [onDone])

  useEffect(() => {
    if (!imageReady) return
    document.body.dataset.printing = 'true'
    // One frame for layout, then the dialog.
    const frame = requestAnimationFrame(() => window.print())
    return () => {
      cancelAnimationFrame(frame)
      delete document.body.dataset.printing
    }
  }, [imageReady])

  const { territory, k } = profile
  const figures = keyFigures(profile, language, messages)
  const period = formatMonthRange(language, profile.from, profile.to)
  return createPortal(
    <article className="print-report" data-testid="print-report" lang={language}>
      <header className="print-head">
        <h1>{messages.reportTitle(territory.name)}</h1>
        <p>
          {messages.levelName(territory.level)}
          {territory.parent_name ? ` · ${messages.profileParent(territory.parent_name)}` : ''} · {messages.allCategoriesNote} · {period}
        </p>
      </header>
      <section className="print-map">
        <h2 className="visually-hidden">{messages.reportMap}</h2>
        {mapImage ? <img src={mapImage} alt={legend ? `${legend.title} · ${legend.category} · ${legend.period}` : messages.reportMap} onLoad={() => setImageReady(true)} onError={() => setImageReady(true)} /> : <p>{messages.mapUnavailable}</p>}
        {legend && (
          <div className="print-legend">
            <p className="print-legend-title">{legend.title}</p>
            <p>
              {legend.category} · {legend.period}
            </p>
            <ul>
              {legend.items.map((item, i) => (
                <li key={i}>
                  <span className={`print-swatch print-swatch-${item.kind}`} style={item.kind === 'fill' ? { background: item.colour } : undefined} />
                  {item.label}
                </li>
              ))}
            </ul>
          </div>
        )}
      </section>
      <section className="print-figures">
        <h2>{messages.reportFigures}</h2>
        <dl>
          {figures.map((figure) => (
            <div key={figure.id}>
              <dt>{figure.label}</dt>
              <dd>{figure.text}</dd>
            </div>
          ))}
        </dl>
        <p className="print-gap">{profile.gap_explanation?.[language] ?? messages.gapNoExplanation}</p>
        <p>{messages.share65(profile.share_65_plus === null ? formatSuppressed(k) : formatShare(language, profile.share_65_plus))}</p>
      </section>
      <section className="print-columns">
        <div>
          <h2>{messages.trendTitle}</h2>
          <TrendChart months={profile.monthly} k={k} language={language} messages={messages} label={`${messages.trendTitle} · ${territory.name}`} width={320} height={80} />
          <p className="print-note">{messages.trendCaption(k)}</p>
        </div>
        <div>
          <h2>{messages.topNeeds}</h2>
          <p>
            {profile.top_unmet.length === 0
              ? messages.topNeedsEmpty
              : profile.top_unmet
                  .slice(0, 5)
                  .map((id) => {
                    const share = profile.by_category.find((c) => c.category_id === id)?.unmet_share
                    return typeof share === 'number' ? `${categoryName(id)} (${formatShare(language, share)})` : categoryName(id)
                  })
                  .join(', ')}
          </p>
          <h2>{messages.noServiceTitle}</h2>
          <p>{profile.categories_without_service.length === 0 ? messages.noServiceEmpty : profile.categories_without_service.map(categoryName).join(', ')}</p>
        </div>
      </section>
      <footer className="print-sources">
        <h2>{messages.reportSources}</h2>
        <p>{provenance(language, messages, profile.data.synthetic, profile.data.last_import)}</p>
        {legend?.source && <p>{legend.source}</p>}
        {attribution.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <p>{messages.withheldNote(k)}</p>
        <p>{messages.reportGenerated(formatDate(language, new Date().toISOString()))}</p>
      </footer>
    </article>,
    document.body,
  )
}
