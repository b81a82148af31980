import type { Layer, PickingInfo } from '@deck.gl/core'
import { MapboxOverlay } from '@deck.gl/mapbox'
import * as maplibregl from 'maplibre-gl'
import 'maplibre-gl/dist/maplibre-gl.css'
import './maplibre-worker'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { MetricsResponse, TerritoryCollection, TerritoryProperties } from '../../../core/api/types'
import type { Language } from '../i18n/language'
import type { Messages } from '../i18n/messages'
import type { Classification } from '../legend/classify'
import { basemapStyle, HATCH_IMAGE, REGIONS_SOURCE, SUPPRESSED_HATCH_LAYER, suppressedFilter, TERRITORIES_SOURCE } from './basemap-style'
import { choroplethLayer, regionOutlineLayer } from './choropleth-layer'
import { hatchPattern } from './hatch-pattern'
import { fitPadding, SOUTHERN_QUEBEC } from './initial-view'
import { indexMetrics } from './join-metrics'
import { labelLayer, REGION_LABEL_STYLE, TERRITORY_LABEL_MIN_ZOOM, TERRITORY_LABEL_STYLE } from './label-layer'
import { labelCandidates } from './label-candidates'
import { placeLabels, zoomStep } from './label-placement'
import { MAP_LOCALE } from './map-locale'
import { Tooltip } from './Tooltip'
import { tooltipLines } from './tooltip-lines'

declare global {
  interface Window {
    /** The MapLibre map, for end-to-end tests and debugging from the console. */
    __lacunesMap?: maplibregl.Map
  }
}

export interface MapViewProps {
  territories: TerritoryCollection | null
  regions: TerritoryCollection | null
  /** The metrics on display: possibly those of the previous selection while the next one loads. */
  metrics: MetricsResponse | null
  /** True when `metrics` answers the current selection (not a stale one kept on screen). */
  metricsCurrent: boolean
  classification: Classification
  ramp: readonly string[]
  language: Language
  messages: Messages
  /** Height of the header laid over the top of the map, kept clear when fitting the view. */
  topInset: number
}

// The contract's own GeoJSON types are structurally the same data as MapLibre's.
type GeoJsonData = Parameters<maplibregl.GeoJSONSource['setData']>[0]

interface Hover {
  x: number
  y: number
  properties: TerritoryProperties
}

const REGION_LABEL_COLOR: [number, number, number] = [45, 52, 64]
const TERRITORY_LABEL_COLOR: [number, number, number] = [25, 30, 38]

/** The map: a MapLibre basemap from the project's own regions, and the deck.gl choropleth above it. */
export function MapView(props: MapViewProps) {
  const { territories, regions, metrics, metricsCurrent, classification, ramp, language, messages, topInset } = props
  const containerRef = useRef<HTMLDivElement>(null)
  const mapRef = useRef<maplibregl.Map | null>(null)
  const overlayRef = useRef<MapboxOverlay | null>(null)
  // What the next deck.gl frame shows, read after it is drawn to set the data-* readiness attributes.
  const drawnRef = useRef<{ ready: boolean; count: number }>({ ready: false, count: 0 })
  const [mapReady, setMapReady] = useState(false)
  const [fontsReady, setFontsReady] = useState(false)
  const [step, setStep] = useState(0)
  const [hover, setHover] = useState<Hover | null>(null)
  // The map's width, so the tooltip can stay inside it.
  const [mapWidth, setMapWidth] = useState(0)
  useEffect(() => {
    const element = containerRef.current
    if (!element) return
    const observer = new ResizeObserver(() => setMapWidth(element.clientWidth))
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  useEffect(() => {
    const container = containerRef.current
    if (!container) return
    const map = new maplibregl.Map({
      container,
      style: basemapStyle(),
      bounds: SOUTHERN_QUEBEC,
      fitBoundsOptions: { padding: fitPadding(container.clientWidth, topInset) },
      minZoom: 3,
      maxZoom: 12,
      renderWorldCopies: false,
      // A choropleth reads best flat and north-up.
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      attributionControl: false,
      maplibreLogo: false,
      locale: MAP_LOCALE[language],
      // Keeps the frame readable after drawing, so screenshots and prints are not blank.
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
    })
    map.touchZoomRotate.disableRotation()
    mapRef.current = map
    window.__lacunesMap = map
    setStep(zoomStep(map.getZoom()))

    const onZoom = (): void => setStep(zoomStep(map.getZoom()))
    map.on('zoom', onZoom)
    map.on('load', () => {
      map.addImage(HATCH_IMAGE, hatchPattern())
      const overlay = new MapboxOverlay({
        interleaved: false,
        layers: [],
        deviceProps: { type: 'webgl', webgl: { preserveDrawingBuffer: true } },
        onAfterRender: () => {
          const { ready, count } = drawnRef.current
          const value = ready ? 'true' : 'false'
          if (container.dataset.ready !== value) container.dataset.ready = value
          if (ready && container.dataset.territories !== String(count)) container.dataset.territories = String(count)
        },
      })
      map.addControl(overlay)
      overlayRef.current = overlay
      setMapReady(true)
    })

    return () => {
      map.off('zoom', onZoom)
      overlayRef.current?.finalize()
      overlayRef.current = null
      map.remove()
      mapRef.current = null
      if (window.__lacunesMap === map) delete window.__lacunesMap
      setMapReady(false)
    }
    // The map is created once; language and insets are applied by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // deck.gl builds its font atlas when the text layer is created: wait for the bundled Inter,
  // or the atlas would be drawn with a fallback font and never refreshed.
  useEffect(() => {
    let cancelled = false
    const fonts = document.fonts
    Promise.all([fonts.load('700 12px Inter'), fonts.load('700 12px Inter', 'ÉéèàçÎô')])
      .catch(() => undefined)
      .then(() => {
        if (!cancelled) setFontsReady(true)
      })
    return () => {
      cancelled = true
    }
  }, [])

  // UI strings of MapLibre's controls follow the interface language.
  useEffect(() => {
    const map = mapRef.current
    if (!map || !mapReady) return
    map._locale = { ...map._locale, ...MAP_LOCALE[language] }
    const navigation = new maplibregl.NavigationControl({ showCompass: false })
    const attribution = new maplibregl.AttributionControl({ compact: false, customAttribution: [...messages.attribution] })
    map.addControl(navigation, 'top-left')
    map.addControl(attribution, 'bottom-right')
    return () => {
      map.removeControl(navigation)
      map.removeControl(attribution)
    }
  }, [mapReady, language, messages])

  useEffect(() => {
    const source = mapRef.current?.getSource<maplibregl.GeoJSONSource>(REGIONS_SOURCE)
    if (mapReady && source && regions) source.setData(regions as unknown as GeoJsonData)
  }, [mapReady, regions])

  useEffect(() => {
    const source = mapRef.current?.getSource<maplibregl.GeoJSONSource>(TERRITORIES_SOURCE)
    if (mapReady && source && territories) source.setData(territories as unknown as GeoJsonData)
  }, [mapReady, territories])

  const metricsById = useMemo(() => indexMetrics(metrics?.rows ?? []), [metrics])

  // The hatch under suppressed territories follows the metrics; the geometry stays loaded.
  useEffect(() => {
    const map = mapRef.current
    if (!map || !mapReady) return
    const ids = (metrics?.rows ?? []).filter((row) => row.suppressed).map((row) => row.territory_id)
    map.setFilter(SUPPRESSED_HATCH_LAYER, suppressedFilter(ids))
  }, [mapReady, metrics])

  const onHover = useCallback((info: PickingInfo) => {
    const feature = info.object as { properties?: TerritoryProperties } | undefined
    setHover(feature?.properties ? { x: info.x, y: info.y, properties: feature.properties } : null)
  }, [])

  const regionCandidates = useMemo(() => labelCandidates(regions), [regions])
  const territoryCandidates = useMemo(() => labelCandidates(territories), [territories])
  const labels = useMemo(() => {
    if (!fontsReady) return null
    return step >= TERRITORY_LABEL_MIN_ZOOM
      ? labelLayer('territory-labels', placeLabels(territoryCandidates, step, TERRITORY_LABEL_STYLE), TERRITORY_LABEL_STYLE, TERRITORY_LABEL_COLOR)
      : labelLayer(
          'region-labels',
          placeLabels(regionCandidates, step, REGION_LABEL_STYLE).map((label) => ({ ...label, text: label.text.toLocaleUpperCase('fr-CA') })),
          REGION_LABEL_STYLE,
          REGION_LABEL_COLOR,
        )
  }, [fontsReady, step, regionCandidates, territoryCandidates])

  const metricsKey = metrics ? `${metrics.level}|${metrics.category}|${metrics.from}|${metrics.to}` : 'none'
  const choropleth = useMemo(
    () => (territories ? choroplethLayer({ territories, metrics: metricsById, classification, ramp, metricsKey, onHover }) : null),
    [territories, metricsById, classification, ramp, metricsKey, onHover],
  )
  const outlines = useMemo(() => (regions ? regionOutlineLayer(regions) : null), [regions])

  useEffect(() => {
    const overlay = overlayRef.current
    if (!overlay || !mapReady) return
    const layers: Layer[] = [choropleth, outlines, labels].filter((layer): layer is NonNullable<typeof layer> => layer !== null)
    drawnRef.current = {
      ready: choropleth !== null && metrics !== null && metricsCurrent,
      count: territories?.features.length ?? 0,
    }
    overlay.setProps({ layers })
  }, [mapReady, choropleth, outlines, labels, metrics, metricsCurrent, territories])

  const hoverRow = hover ? metricsById.get(hover.properties.id) : undefined
  // MapLibre owns the children of its container, so the React-rendered tooltip is a sibling.
  return (
    <div className="map-frame">
      <div ref={containerRef} className="map" data-testid="map" data-ready="false" role="region" aria-label={messages.mapLabel} />
      {hover && (
        <Tooltip
          title={hover.properties.name}
          lines={tooltipLines(hoverRow, hover.properties.population, metrics?.k ?? 10, language, messages)}
          x={hover.x}
          y={hover.y}
          containerWidth={mapWidth}
        />
      )}
    </div>
  )
}
