import type { Layer, PickingInfo } from '@deck.gl/core'
import type { MapboxOverlay } from '@deck.gl/mapbox'
import * as maplibregl from 'maplibre-gl'
import 'maplibre-gl/dist/maplibre-gl.css'
import './maplibre-worker'
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { TerritoryCollection } from '../../../core/api/types'
import type { Viewport } from '../data/use-services-layer'
import type { Language } from '../i18n/language'
import type { Messages } from '../i18n/messages'
import type { MapPosition } from '../state/view-state'
import {
  basemapStyle,
  HATCH_IMAGE,
  type InitialGeometry,
  HEX_SUPPRESSED_SOURCE,
  PICKABLE_TERRITORY_LAYERS,
  REGIONS_SOURCE,
  TERRITORIES_SOURCE,
  TERRITORY_LAYERS,
  withThematicLayers,
} from './basemap-style'
import { useCamera } from './camera'
import { markDrawn, markPending, type DrawnState } from './drawn-state'
import { hatchPattern } from './hatch-pattern'
import { fitPadding, SOUTHERN_QUEBEC } from './initial-view'
import { featuresById } from './features-by-id'
import { labelCandidates } from './label-candidates'
import { placeLabels, zoomStep } from './label-placement'
import { REGION_LABEL_STYLE, TERRITORY_LABEL_MIN_ZOOM, TERRITORY_LABEL_STYLE } from './label-style'
import { BASEMAP } from '../legend/palette'
import { useDeck } from './load-deck'
import { MAP_LOCALE } from './map-locale'
import { skipSky } from './skip-sky'
import type { TerritoryPaints } from './territory-paint'
import { Tooltip } from './Tooltip'
import type { TooltipContent } from './tooltip-content'

declare global {
  interface Window {
    /** The MapLibre map, for end-to-end tests and debugging from the console. */
    __lacunesMap?: maplibregl.Map
  }
}

export interface MapViewProps {
  territories: TerritoryCollection | null
  regions: TerritoryCollection | null
  /** How each territory is painted by the basemap; null hides the territories (the hexagons are shown instead). */
  territoryPaints: TerritoryPaints | null
  /** deck.gl layers in place of the territories (hexagons), drawn under outlines and labels. */
  baseLayers: readonly Layer[]
  /** Drawn above everything else (service points). */
  topLayers: readonly Layer[]
  hexSuppressed: GeoJSON.FeatureCollection | null
  /** True when the base layer shows the current selection of filters (not a stale one kept on screen). */
  ready: boolean
  /** Identifies what the base layer shows; its change is the "repainted" moment benchmarks time. */
  drawnKey: string
  selection: readonly number[]
  hovered: number | null
  onSelect: (id: number, additive: boolean) => void
  /** Double-click: go down one level into this territory. */
  onDrill: (feature: TerritoryCollection['features'][number]) => void
  onHover: (id: number | null) => void
  /** The hover card of a deck.gl object (hexagon, service point). */
  tooltipFor: (info: PickingInfo) => TooltipContent | null
  /** The hover card of a territory. */
  territoryTooltipFor: (id: number) => TooltipContent | null
  initialPosition: MapPosition | null
  onMove: (position: MapPosition, viewport: Viewport) => void
  basemapStyleUrl: string | null
  language: Language
  messages: Messages
  /** Height of the header laid over the top of the map, kept clear when fitting the view. */
  topInset: number
  /** True when the regions or the level's territories could not be loaded: the map starts without them. */
  geometryFailed: boolean
}

// The contract's own GeoJSON types are structurally the same data as MapLibre's.
type GeoJsonData = Parameters<maplibregl.GeoJSONSource['setData']>[0]

interface Hover {
  x: number
  y: number
  content: TooltipContent
}

const REGION_LABEL_COLOR: [number, number, number] = [45, 52, 64]
const TERRITORY_LABEL_COLOR: [number, number, number] = [25, 30, 38]

function viewportOf(map: maplibregl.Map): Viewport {
  const b = map.getBounds()
  return { bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()], zoom: map.getZoom() }
}

/** The map: a MapLibre basemap (built-in or BASEMAP_STYLE_URL) and the deck.gl layers above it. */
export function MapView(props: MapViewProps) {
  const { territories, regions, territoryPaints, baseLayers, topLayers, hexSuppressed, ready, drawnKey, selection, hovered } = props
  const { basemapStyleUrl, language, messages, topInset, geometryFailed } = props
  const containerRef = useRef<HTMLDivElement>(null)
  const mapRef = useRef<maplibregl.Map | null>(null)
  const [overlay, setOverlay] = useState<MapboxOverlay | null>(null)
  // What the next frame shows, read after it is drawn to set the data-* readiness attributes.
  const drawnRef = useRef<DrawnState>({ ready: false, count: 0, key: '', by: 'basemap' })
  // Callbacks read through a ref: the overlay is created once and must always call the latest ones.
  const callbacks = useRef(props)
  useLayoutEffect(() => {
    callbacks.current = props
  })
  const [mapReady, setMapReady] = useState(false)
  // Set once the first view is on screen: deck.gl (labels, outlines) is loaded from then on.
  const [firstDrawn, setFirstDrawn] = useState(false)
  // Bumped when a replacement style has loaded: its sources start empty and must be filled again.
  const [styleVersion, setStyleVersion] = useState(0)
  const [fontsReady, setFontsReady] = useState(false)
  const [step, setStep] = useState(0)
  // Hover cards from deck.gl's picking (hexagons, services) and from MapLibre's (territories); deck.gl's is on top.
  const [hover, setHover] = useState<Hover | null>(null)
  const [territoryHover, setTerritoryHover] = useState<Hover | null>(null)
  // The map's width, so the tooltip can stay inside it.
  const [mapWidth, setMapWidth] = useState(0)
  useEffect(() => {
    const element = containerRef.current
    if (!element) return
    // The container changes size without a window resize (presentation mode, panels): the canvas must follow.
    const observer = new ResizeObserver(() => {
      setMapWidth(element.clientWidth)
      // Not for the first report (the size the map was created at): resizing reallocates the drawing buffer.
      const canvas = mapRef.current?.getCanvas()
      if (canvas && (canvas.clientWidth !== element.clientWidth || canvas.clientHeight !== element.clientHeight)) mapRef.current?.resize()
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  // The map is created once the geometry is here, with it inline in the style: MapLibre's worker then tiles the
  // real data in its first pass, and no frame of an empty map (each one costs 100-400 ms in software WebGL) is drawn.
  const canCreate = (regions !== null && territories !== null) || geometryFailed
  // Which collections the sources hold, so the effects below do not send the same data to the worker again.
  const sourceData = useRef<{ regions: unknown; territories: unknown; hexSuppressed: unknown }>({ regions: null, territories: null, hexSuppressed: null })
  // A layout effect: the map is created before the browser lays out and paints the rest of the page (about 300 ms
  // here on the first render), so MapLibre's worker tiles the geometry meanwhile instead of after.
  useLayoutEffect(() => {
    const container = containerRef.current
    if (!container || !canCreate) return
    const start = callbacks.current.initialPosition
    const initial = { regions: callbacks.current.regions, territories: callbacks.current.territories }
    sourceData.current = { ...initial, hexSuppressed: null }
    const map = new maplibregl.Map({
      container,
      style: basemapStyle(initial as InitialGeometry),
      ...(start
        ? { center: [start.lon, start.lat] as [number, number], zoom: start.zoom }
        : { bounds: SOUTHERN_QUEBEC, fitBoundsOptions: { padding: fitPadding(container.clientWidth, topInset) } }),
      minZoom: 3,
      maxZoom: 12,
      renderWorldCopies: false,
      // A choropleth reads best flat and north-up.
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      // Double-click drills down into a territory instead of zooming.
      doubleClickZoom: false,
      attributionControl: false,
      maplibreLogo: false,
      locale: MAP_LOCALE[language],
      // Keeps the frame readable after drawing, so screenshots and prints are not blank.
      canvasContextAttributes: { preserveDrawingBuffer: true, antialias: false },
    })
    map.touchZoomRotate.disableRotation()
    skipSky(map)
    // The territory under the pointer, so hover callbacks fire on changes only.
    const lastHovered = { current: null as number | null }
    const territoryAt = (point: maplibregl.PointLike): number | null => {
      const layers = PICKABLE_TERRITORY_LAYERS.filter((id) => map.getLayer(id) && map.getLayoutProperty(id, 'visibility') !== 'none')
      if (layers.length === 0) return null
      const id = map.queryRenderedFeatures(point, { layers })[0]?.id
      return typeof id === 'number' ? id : null
    }
    const onPointerMove = (event: maplibregl.MapMouseEvent): void => {
      const id = territoryAt(event.point)
      if (id !== lastHovered.current) {
        lastHovered.current = id
        callbacks.current.onHover(id)
        map.getCanvas().style.cursor = id === null ? '' : 'pointer'
      }
      const content = id === null ? null : callbacks.current.territoryTooltipFor(id)
      setTerritoryHover(content ? { x: event.point.x, y: event.point.y, content } : null)
    }
    const onPointerOut = (): void => {
      if (lastHovered.current !== null) callbacks.current.onHover(null)
      lastHovered.current = null
      map.getCanvas().style.cursor = ''
      setTerritoryHover(null)
    }
    const onClick = (event: maplibregl.MapMouseEvent): void => {
      const id = territoryAt(event.point)
      if (id !== null) callbacks.current.onSelect(id, event.originalEvent.shiftKey)
    }
    const onDoubleClick = (event: maplibregl.MapMouseEvent): void => {
      const id = territoryAt(event.point)
      const feature = id === null ? undefined : callbacks.current.territories?.features.find((f) => f.properties.id === id)
      if (feature) callbacks.current.onDrill(feature)
    }
    // The territories are drawn by MapLibre: the view is on screen once a frame had their geometry tiled.
    const onRender = (): void => {
      if (markDrawn(container, drawnRef.current, 'basemap', map.isSourceLoaded(TERRITORIES_SOURCE) === true)) setFirstDrawn(true)
    }
    mapRef.current = map
    window.__lacunesMap = map
    setStep(zoomStep(map.getZoom()))

    const onZoom = (): void => setStep(zoomStep(map.getZoom()))
    const onMoveEnd = (): void => {
      const center = map.getCenter()
      callbacks.current.onMove({ zoom: map.getZoom(), lat: center.lat, lon: center.lng }, viewportOf(map))
    }
    // The hatch is added on demand, so it survives a style replacement (which drops images).
    const onMissingImage = (event: { id: string }): void => {
      if (event.id === HATCH_IMAGE && !map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, hatchPattern())
    }
    map.on('zoom', onZoom)
    map.on('moveend', onMoveEnd)
    map.on('styleimagemissing', onMissingImage)
    map.on('mousemove', onPointerMove)
    map.on('mouseout', onPointerOut)
    map.on('click', onClick)
    map.on('dblclick', onDoubleClick)
    map.on('render', onRender)
    // The sources exist once the style is loaded: the data goes in then, without waiting for the empty
    // initial sources to be tiled ('load'), a round trip to the worker.
    map.once('style.load', () => {
      if (!map.hasImage(HATCH_IMAGE)) map.addImage(HATCH_IMAGE, hatchPattern())
      setMapReady(true)
    })

    return () => {
      map.off('zoom', onZoom)
      map.off('moveend', onMoveEnd)
      map.off('styleimagemissing', onMissingImage)
      map.off('mousemove', onPointerMove)
      map.off('mouseout', onPointerOut)
      map.off('click', onClick)
      map.off('dblclick', onDoubleClick)
      map.off('render', onRender)
      map.remove()
      mapRef.current = null
      if (window.__lacunesMap === map) delete window.__lacunesMap
      setMapReady(false)
    }
    // The map is created once; language, style and insets are applied by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [canCreate])

  // deck.gl draws what MapLibre does not (labels, outlines, hexagons, service points); it is not needed for the
  // first view unless that view is made of hexagons or service points.
  const deck = useDeck(firstDrawn || baseLayers.length > 0 || topLayers.length > 0)
  useEffect(() => {
    const map = mapRef.current
    const container = containerRef.current
    if (!map || !container || !mapReady || !deck) return
    const created = new deck.MapboxOverlay({
        interleaved: false,
        layers: [],
        deviceProps: { type: 'webgl', webgl: { preserveDrawingBuffer: true, antialias: false } },
        onHover: (info) => {
          const content = info.object ? callbacks.current.tooltipFor(info) : null
          setHover(content ? { x: info.x, y: info.y, content } : null)
        },
        onAfterRender: () => {
          markDrawn(container, drawnRef.current, 'overlay', true)
        },
      })
    map.addControl(created)
    setOverlay(created)
    return () => {
      if (map.hasControl(created)) map.removeControl(created)
      setOverlay(null)
    }
  }, [mapReady, deck])

  // A replacement basemap (BASEMAP_STYLE_URL), with the project's own sources merged into it.
  useEffect(() => {
    const map = mapRef.current
    if (!map || !mapReady || !basemapStyleUrl) return
    const onStyle = (): void => {
      // The replacement style's sources start empty.
      sourceData.current = { regions: null, territories: null, hexSuppressed: undefined }
      setStyleVersion((v) => v + 1)
    }
    map.once('style.load', onStyle)
    map.setStyle(basemapStyleUrl, { transformStyle: (_previous, next) => withThematicLayers(next) })
    return () => {
      map.off('style.load', onStyle)
    }
  }, [mapReady, basemapStyleUrl])

  // Requests to move the map from elsewhere (search, drill-down).
  const cameraRequest = useCamera((s) => s.request)
  useEffect(() => {
    const map = mapRef.current
    if (!map || !mapReady || !cameraRequest) return
    const { target } = cameraRequest
    const padding = fitPadding(map.getContainer().clientWidth, topInset)
    if ('bounds' in target) {
      const [w, s, e, n] = target.bounds
      map.fitBounds([[w, s], [e, n]], { padding, maxZoom: 11, duration: 800 })
    } else {
      map.flyTo({ center: target.center, zoom: target.zoom, duration: 800 })
    }
  }, [mapReady, cameraRequest, topInset])

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
    map.addControl(navigation, 'top-right')
    map.addControl(attribution, 'bottom-right')
    return () => {
      map.removeControl(navigation)
      map.removeControl(attribution)
    }
  }, [mapReady, language, messages])

  useEffect(() => {
    const source = mapRef.current?.getSource<maplibregl.GeoJSONSource>(REGIONS_SOURCE)
    if (!mapReady || !source || !regions || sourceData.current.regions === regions) return
    sourceData.current.regions = regions
    source.setData(regions as unknown as GeoJsonData)
  }, [mapReady, regions, styleVersion])

  useEffect(() => {
    const map = mapRef.current
    const source = map?.getSource<maplibregl.GeoJSONSource>(TERRITORIES_SOURCE)
    if (!map || !mapReady || !source || !territories || sourceData.current.territories === territories) return
    sourceData.current.territories = territories
    // Another level: the paints of the previous one's ids go (the effect below sets the new ones).
    map.removeFeatureState({ source: TERRITORIES_SOURCE })
    source.setData(territories as unknown as GeoJsonData)
  }, [mapReady, territories, styleVersion])

  // Colours and hatches by feature state: MapLibre updates them in place, without re-tiling the geometry.
  useEffect(() => {
    const map = mapRef.current
    if (!map || !mapReady) return
    const visibility = territoryPaints ? 'visible' : 'none'
    for (const id of TERRITORY_LAYERS) if (map.getLayer(id)) map.setLayoutProperty(id, 'visibility', visibility)
    if (territoryPaints) for (const [id, paint] of territoryPaints) map.setFeatureState({ source: TERRITORIES_SOURCE, id }, { ...paint })
  }, [mapReady, territoryPaints, territories, styleVersion])

  useEffect(() => {
    const source = mapRef.current?.getSource<maplibregl.GeoJSONSource>(HEX_SUPPRESSED_SOURCE)
    // The source starts empty: no worker round trip for nothing on the first map.
    if (!mapReady || !source || sourceData.current.hexSuppressed === hexSuppressed) return
    sourceData.current.hexSuppressed = hexSuppressed
    source.setData((hexSuppressed ?? { type: 'FeatureCollection', features: [] }) as unknown as GeoJsonData)
  }, [mapReady, hexSuppressed, styleVersion])

  // Label anchors are only for deck.gl, loaded after the first map: not computed before it (about 30 ms here).
  const regionCandidates = useMemo(() => (deck ? labelCandidates(regions) : []), [deck, regions])
  const territoryCandidates = useMemo(() => (deck ? labelCandidates(territories) : []), [deck, territories])
  const pointLevel = territories?.features[0]?.geometry.type === 'Point'
  const labels = useMemo(() => {
    if (!fontsReady || !deck) return null
    const { labelLayer } = deck
    // Point levels (municipalities) are too many to label: region names keep the map oriented.
    return step >= TERRITORY_LABEL_MIN_ZOOM && !pointLevel
      ? labelLayer('territory-labels', placeLabels(territoryCandidates, step, TERRITORY_LABEL_STYLE), TERRITORY_LABEL_STYLE, TERRITORY_LABEL_COLOR)
      : labelLayer(
          'region-labels',
          placeLabels(regionCandidates, step, REGION_LABEL_STYLE).map((label) => ({ ...label, text: label.text.toLocaleUpperCase('fr-CA') })),
          REGION_LABEL_STYLE,
          REGION_LABEL_COLOR,
        )
  }, [deck, fontsReady, step, regionCandidates, territoryCandidates, pointLevel])

  // Over the hexagons, deck.gl draws the region boundaries itself (MapLibre's are beneath its canvas).
  const hexOutlines = useMemo(() => (deck && regions && baseLayers.length > 0 ? deck.regionOutlineLayer(regions) : null), [deck, regions, baseLayers.length])
  const selectedFeatures = useMemo(() => featuresById(territories, selection), [territories, selection])
  const hoveredFeature = useMemo(() => (hovered === null ? null : (featuresById(territories, [hovered])[0] ?? null)), [territories, hovered])
  const highlights = useMemo(() => (deck ? deck.highlightLayers(selectedFeatures, hoveredFeature) : []), [deck, selectedFeatures, hoveredFeature])

  const overlayLayers = useMemo(
    () => [...baseLayers, hexOutlines, ...highlights, labels, ...topLayers].filter((layer): layer is Layer => layer !== null),
    [baseLayers, hexOutlines, highlights, labels, topLayers],
  )
  // deck.gl is given new layers only when they change: any deck.gl frame is costly in software WebGL.
  useEffect(() => {
    overlay?.setProps({ layers: overlayLayers })
  }, [overlay, overlayLayers])

  // Declared after the paint effect, so a frame asked for here already has the new colours.
  useEffect(() => {
    const map = mapRef.current
    const container = containerRef.current
    if (!map || !container || !mapReady) return
    const by = territoryPaints ? 'basemap' : 'overlay'
    const state: DrawnState = { ready: ready && (territoryPaints !== null || baseLayers.length > 0), count: territories?.features.length ?? 0, key: drawnKey, by }
    drawnRef.current = state
    markPending(container, state)
    // The frame that shows this view says so (onRender); MapLibre draws one only when something changed.
    if (state.ready && by === 'basemap' && container.dataset.key !== drawnKey) map.triggerRepaint()
  }, [mapReady, territoryPaints, baseLayers, ready, drawnKey, territories])

  const shownHover = hover ?? territoryHover
  // MapLibre owns the children of its container, so the React-rendered tooltip is a sibling. The water is the
  // container's background, seen through the canvas wherever no land is drawn (basemap-style.ts).
  return (
    <div className="map-frame">
      <div
        ref={containerRef}
        className="map"
        style={{ backgroundColor: BASEMAP.water }}
        data-testid="map"
        data-ready="false"
        role="region"
        aria-label={messages.mapLabel}
      />
      {shownHover && <Tooltip title={shownHover.content.title} lines={shownHover.content.lines} x={shownHover.x} y={shownHover.y} containerWidth={mapWidth} />}
    </div>
  )
}
