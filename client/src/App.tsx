import type { PickingInfo } from '@deck.gl/core'
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { OrganizationProperties, TerritoryCollection } from '../../core/api/types'
import { MapSummary } from './a11y/MapSummary'
import { mapSummary } from './a11y/map-summary'
import { metricsUrl } from './api/client'
import { ControlPanel } from './controls/ControlPanel'
import { useDataset } from './data/use-dataset'
import { hexResolution, useHexLayer } from './data/use-hex-layer'
import { useServicesLayer, type Viewport } from './data/use-services-layer'
import { categoryLabel, categoryOptions } from './header/category-options'
import { Header } from './header/Header'
import { formatCount } from './i18n/format'
import { MESSAGES } from './i18n/messages'
import { colourScale } from './legend/colour-scale'
import { Legend } from './legend/Legend'
import { sourceLine } from './legend/source-line'
import { useCamera } from './map/camera'
import { childLevel } from './map/drill'
import { featureBounds } from './map/geometry'
import { indexMetrics, territoryStatus } from './map/join-metrics'
import type { HexShape } from './map/layers/hex-layer'
import { HEX_LAYER_ID, SERVICES_LAYER_ID } from './map/layers/layer-ids'
import type { ServiceItem } from './map/layers/services-layer'
import { MapView } from './map/MapView'
import { METRIC_LAYERS } from './map/metric-layers'
import { territoryPaints } from './map/territory-paint'
import { clusterTooltip, hexTooltip, serviceTooltip, territoryTooltip } from './map/tooltip-content'
import { DemoNotice } from './notice/DemoNotice'
import { monthOfWeek } from './period/default-period'
import { monthlyTotals } from './period/monthly-totals'
import { monthRange } from './period/month-range'
import { useHighlightLayers } from './panels/finder/highlight-layer'
import { PanelDock } from './panels/PanelDock'
import { NearbyServices } from './search/NearbyServices'
import { SearchBox } from './search/SearchBox'
import { usePlacePick } from './search/use-place-pick'
import { clickSelection } from './state/selection'
import { useViewStore } from './state/store'

/** Height of the header bar laid over the map (see styles.css --header-height). */
const HEADER_HEIGHT = 64

export function App() {
  const view = useViewStore()
  const { language, category, level, layer, classification, selection, hovered } = view
  const messages = MESSAGES[language]

  useEffect(() => {
    document.documentElement.lang = language
    document.title = `${messages.appName} · ${messages.tagline}`
  }, [language, messages])

  const data = useDataset({ level, category, period: view.period, outcome: view.outcome, channel: view.channel })
  const categoriesData = data.categories.data
  const categories = useMemo(() => categoriesData ?? [], [categoriesData])
  // Colours follow the metrics on screen (possibly the previous selection while the next loads).
  const shownMetrics = data.metrics.latest
  const metricsCurrent = data.metrics.status === 'ready'
  const territories = data.territories.latest
  const meta = data.meta.data
  const k = shownMetrics?.k ?? meta?.k ?? 10

  // The viewport, for hexagon resolution and for which service points to draw.
  const [viewport, setViewport] = useState<Viewport | null>(null)
  const zoom = viewport?.zoom ?? view.position?.zoom ?? 5

  // Hexagons: loaded only when chosen; if the server lacks them, the gap layer stays on with a notice.
  const period = data.period
  const hexQuery = layer === 'hex' && period ? { res: hexResolution(zoom), category, from: period.from, to: period.to } : null
  const hex = useHexLayer(hexQuery, classification)
  const showHex = hex.status === 'ready'
  const metricLayer = METRIC_LAYERS[layer === 'hex' ? 'gap' : layer]

  const metricsById = useMemo(() => indexMetrics(shownMetrics?.rows ?? []), [shownMetrics])
  const scale = useMemo(
    () => colourScale((shownMetrics?.rows ?? []).map(metricLayer.value), classification, metricLayer.scale),
    [shownMetrics, classification, metricLayer],
  )
  const colourKey = `${shownMetrics ? metricsUrl({ ...shownMetrics }) : 'none'}|${metricLayer.id}|${classification}`

  const select = useCallback((id: number, additive: boolean) => {
    const state = useViewStore.getState()
    state.setSelection(clickSelection(state.selection, id, additive))
  }, [])
  const levelsData = data.levels.data
  const levels = useMemo(() => levelsData ?? [], [levelsData])
  const drill = useCallback(
    (feature: TerritoryCollection['features'][number]) => {
      const next = childLevel(levels, feature.properties.level)
      useCamera.getState().flyTo({ bounds: featureBounds(feature.geometry) })
      const state = useViewStore.getState()
      state.setSelection([feature.properties.id])
      if (next) state.setLevel(next)
    },
    [levels],
  )

  // The territories are painted by the basemap (feature states); the hexagons are deck.gl layers instead.
  const paints = useMemo(
    () => (territories && !showHex ? territoryPaints(territories, metricsById, metricLayer, scale) : null),
    [territories, showHex, metricsById, metricLayer, scale],
  )
  const baseLayers = useMemo(() => (showHex ? hex.layers : []), [showHex, hex.layers])

  const services = useServicesLayer(view.services, category, viewport)
  const topLayers = useHighlightLayers(territories, services.layers)

  const categoryName = useCallback((id: string) => categoryLabel(id, categories, language, messages), [categories, language, messages])
  const tooltipFor = useCallback(
    (info: PickingInfo) => {
      if (!info.object) return null
      switch (info.layer?.id) {
        case HEX_LAYER_ID:
          return hexTooltip((info.object as HexShape).cell, hex.k ?? k, language, messages)
        case SERVICES_LAYER_ID: {
          const item = info.object as ServiceItem
          const properties = item.properties as OrganizationProperties | { cluster: true; point_count: number }
          return 'cluster' in properties ? clusterTooltip(properties.point_count, language, messages) : serviceTooltip(properties, categoryName, messages)
        }
        default:
          return null
      }
    },
    [k, hex.k, language, messages, categoryName],
  )
  const territoryTooltipFor = useCallback(
    (id: number) => {
      const feature = territories?.features.find((f) => f.properties.id === id)
      return feature ? territoryTooltip(feature.properties, metricsById, k, language, messages) : null
    },
    [territories, metricsById, k, language, messages],
  )

  const onMove = useCallback((position: { zoom: number; lat: number; lon: number }, next: Viewport) => {
    useViewStore.getState().setPosition(position)
    setViewport(next)
  }, [])

  // The histogram under the period slider: every month with data, fetched once the map is drawn.
  const firstMonth = meta?.requests.first_week ? monthOfWeek(meta.requests.first_week) : null
  const lastMonth = meta?.requests.last_week ? monthOfWeek(meta.requests.last_week) : null
  const months = useMemo(() => (firstMonth && lastMonth ? monthRange(firstMonth, lastMonth) : []), [firstMonth, lastMonth])
  const [totals, setTotals] = useState<(number | null)[] | null>(null)
  const firstPaint = shownMetrics !== null
  useEffect(() => {
    if (!firstPaint || months.length === 0) return
    let cancelled = false
    monthlyTotals(months).then((values) => {
      if (!cancelled) setTotals(values)
    })
    return () => {
      cancelled = true
    }
  }, [firstPaint, months])

  const { pick, nearby, close } = usePlacePick()
  const loadedCollections = useMemo(
    () => [territories, data.regions.latest].filter((c): c is TerritoryCollection => c !== null),
    [territories, data.regions.latest],
  )

  const showNoData = useMemo(() => {
    if (!territories || !shownMetrics || showHex) return false
    return territories.features.some((f) => territoryStatus(metricsById.get(f.properties.id), metricLayer) === 'no_data')
  }, [territories, shownMetrics, showHex, metricsById, metricLayer])

  const error = data.meta.error ?? data.territories.error ?? data.metrics.error ?? data.regions.error
  const selectedNames = useMemo(
    () => selection.map((id) => territories?.features.find((f) => f.properties.id === id)?.properties.name).filter((n): n is string => !!n),
    [selection, territories],
  )
  const summary =
    territories && shownMetrics
      ? mapSummary({
          territoryCount: territories.features.length,
          level,
          layerName: messages.layerName[showHex ? 'hex' : metricLayer.id],
          layer: showHex ? null : metricLayer,
          rows: shownMetrics.rows,
          selected: selectedNames,
          language,
          messages,
        })
      : messages.loading

  const legendScale = showHex && hex.scale ? hex.scale : scale
  const ready = showHex ? true : metricsCurrent && territories !== null
  const drawnKey = showHex ? (hex.key ?? '') : `${level}|${colourKey}`

  return (
    <div className="app">
      <Header
        messages={messages}
        language={language}
        category={category}
        categoryOptions={categoryOptions(categories, language, messages)}
        onCategoryChange={view.setCategory}
        onLanguageChange={view.setLanguage}
        search={<SearchBox messages={messages} loaded={loadedCollections} onPick={pick} />}
      />
      <main className="stage">
        <MapView
          territories={territories}
          regions={data.regions.latest}
          territoryPaints={paints}
          baseLayers={baseLayers}
          topLayers={topLayers}
          hexSuppressed={showHex ? hex.suppressed : null}
          ready={ready}
          drawnKey={drawnKey}
          selection={selection}
          hovered={hovered}
          onSelect={select}
          onDrill={drill}
          onHover={view.setHovered}
          tooltipFor={tooltipFor}
          territoryTooltipFor={territoryTooltipFor}
          initialPosition={view.position}
          onMove={onMove}
          basemapStyleUrl={meta?.basemap_style_url ?? null}
          language={language}
          messages={messages}
          topInset={HEADER_HEIGHT}
          geometryFailed={data.regions.error !== null || data.territories.error !== null}
        />
        <MapSummary text={summary} />
        {/* Left column: the filters, and what a search found. */}
        <div className="control-column">
          {nearby && (
            <NearbyServices
              language={language}
              messages={messages}
              place={nearby.place}
              response={nearby.response}
              error={nearby.error}
              onClose={close}
            />
          )}
          <ControlPanel language={language} messages={messages} levels={levels} months={months} monthlyTotals={totals} period={period} />
        </div>
        <PanelDock metrics={shownMetrics} categories={categories} levels={levels} meta={meta ?? null} period={period} />
        {/* One column of panels along the right edge: notices on top, the legend at the bottom. */}
        <div className="panel-column">
          {meta?.synthetic && <DemoNotice messages={messages} />}
          {error && (
            <p className="panel status status-error" role="alert">
              {messages.loadError(error.message)}
            </p>
          )}
          {layer === 'hex' && (hex.status === 'unavailable' || hex.status === 'error') && (
            <p className="panel status status-warning" role="status" data-testid="hex-unavailable">
              {messages.hexUnavailable}
            </p>
          )}
          {services.status === 'error' && (
            <p className="panel status status-error" role="alert">
              {messages.servicesUnavailable}
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
            title={messages.layerTitle[showHex ? 'hex' : metricLayer.id]}
            hint={showHex && hex.res !== null ? messages.hexResolution(hex.res) : messages.layerHint[metricLayer.id]}
            scale={legendScale}
            formatValue={showHex ? (v) => formatCount(language, v) : (v, digits) => metricLayer.format(language, v, digits)}
            minDigits={showHex ? 0 : metricLayer.digits}
            categoryLabel={categoryLabel(shownMetrics?.category ?? category, categories, language, messages)}
            period={shownMetrics ? { from: shownMetrics.from, to: shownMetrics.to } : period}
            suppressedLabel={showHex ? messages.suppressedCells(hex.k ?? k) : messages.suppressedSwatch(k)}
            showNoData={showNoData}
            extra={
              view.services ? (
                <p className="legend-services">
                  <span className="swatch-dot" aria-hidden="true" />
                  {services.status === 'loading'
                    ? messages.servicesLoading
                    : services.truncated
                      ? messages.servicesTruncated(formatCount(language, services.count))
                      : messages.servicesLegend}
                </p>
              ) : null
            }
            source={meta ? sourceLine(meta, level, messages) : null}
          />
        </div>
      </main>
    </div>
  )
}
