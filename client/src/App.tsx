import { useEffect, useMemo } from 'react'
import { MapSummary } from './a11y/MapSummary'
import { mapSummary } from './a11y/map-summary'
import { useDataset } from './data/use-dataset'
import { categoryLabel, categoryOptions } from './header/category-options'
import { Header } from './header/Header'
import { MESSAGES } from './i18n/messages'
import { classifyQuantiles } from './legend/classify'
import { Legend } from './legend/Legend'
import { MAX_CLASSES, sequentialRamp } from './legend/palette'
import { sourceLine } from './legend/source-line'
import { territoryStatus } from './map/join-metrics'
import { MapView } from './map/MapView'
import { DemoNotice } from './notice/DemoNotice'
import { useViewStore } from './state/store'

/** Height of the header bar laid over the map (see styles.css --header-height). */
const HEADER_HEIGHT = 64

export function App() {
  const language = useViewStore((s) => s.language)
  const category = useViewStore((s) => s.category)
  const level = useViewStore((s) => s.level)
  const period = useViewStore((s) => s.period)
  const setLanguage = useViewStore((s) => s.setLanguage)
  const setCategory = useViewStore((s) => s.setCategory)
  const messages = MESSAGES[language]

  useEffect(() => {
    document.documentElement.lang = language
    document.title = `${messages.appName} · ${messages.tagline}`
  }, [language, messages])

  const data = useDataset(level, category, period)
  const categories = data.categories.data ?? []
  // Colours follow the metrics on screen (possibly the previous selection while the next loads).
  const shownMetrics = data.metrics.latest
  const metricsCurrent = data.metrics.status === 'ready'

  const classification = useMemo(
    () =>
      classifyQuantiles(
        (shownMetrics?.rows ?? []).filter((row) => !row.suppressed).map((row) => row.demand_rate),
        MAX_CLASSES,
      ),
    [shownMetrics],
  )
  const ramp = sequentialRamp(classification.bins.length)

  const territories = data.territories.latest
  const showNoData = useMemo(() => {
    if (!territories || !shownMetrics) return false
    const byId = new Map(shownMetrics.rows.map((row) => [row.territory_id, row]))
    return territories.features.some((f) => territoryStatus(byId.get(f.properties.id)) === 'no_data')
  }, [territories, shownMetrics])

  const meta = data.meta.data
  const error = data.meta.error ?? data.territories.error ?? data.metrics.error ?? data.regions.error
  const summary =
    territories && shownMetrics
      ? mapSummary(territories.features.length, level, shownMetrics.rows, language, messages)
      : messages.loading

  return (
    <div className="app">
      <Header
        messages={messages}
        language={language}
        category={category}
        categoryOptions={categoryOptions(categories, language, messages)}
        onCategoryChange={setCategory}
        onLanguageChange={setLanguage}
      />
      <main className="stage">
        <MapView
          territories={territories}
          regions={data.regions.latest}
          metrics={shownMetrics}
          metricsCurrent={metricsCurrent}
          classification={classification}
          ramp={ramp}
          language={language}
          messages={messages}
          topInset={HEADER_HEIGHT}
        />
        <MapSummary text={summary} />
        {/* One column of panels along the right edge: notices on top, the legend at the bottom. */}
        <div className="panel-column">
          {meta?.synthetic && <DemoNotice messages={messages} />}
          {error && (
            <p className="panel status status-error" role="alert">
              {messages.loadError(error.message)}
            </p>
          )}
          {!error && !shownMetrics && (
            <p className="panel status" role="status">
              {messages.loading}
            </p>
          )}
          <Legend
            language={language}
            messages={messages}
            classification={classification}
            ramp={ramp}
            categoryLabel={categoryLabel(shownMetrics?.category ?? category, categories, language, messages)}
            period={shownMetrics ? { from: shownMetrics.from, to: shownMetrics.to } : data.period}
            k={shownMetrics?.k ?? meta?.k ?? 10}
            showNoData={showNoData}
            source={meta ? sourceLine(meta, level, messages) : null}
          />
        </div>
      </main>
    </div>
  )
}
