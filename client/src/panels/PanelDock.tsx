import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { Category, DatasetMeta, Level, MetricsResponse, TerritoryProfile } from '../../../core/api/types'
import type { MetricsQuery } from '../api/client'
import { categoryLabel } from '../header/category-options'
import { formatMonthRange } from '../i18n/format'
import { MESSAGES } from '../i18n/messages'
import type { Period } from '../period/default-period'
import { clickSelection } from '../state/selection'
import { useViewStore } from '../state/store'
import { DataLine } from './DataLine'
import { legendFromDom, type LegendModel } from './export/legend-model'
import { captureMapCanvas } from './export/map-capture'
import { ExportBar } from './export/ExportBar'
import { FinderPanel } from './finder/FinderPanel'
import { PANEL_MESSAGES, PANEL_TABS, type PanelTab } from './messages'
import { usePanelStore } from './panel-store'
import { ProfilePanel } from './profile/ProfilePanel'
import { RankingTable } from './ranking/RankingTable'
import { applyView } from './views/apply-view'
import { useSavedViews } from './views/use-saved-views'
import { ViewsPanel } from './views/ViewsPanel'
import './panels.css'

// Loaded on first use: most visits never compare, present or print (keeps the first load small).
const ComparePanel = lazy(() => import('./compare/ComparePanel'))
const PresentationMode = lazy(() => import('./presentation/PresentationMode'))
const PrintReport = lazy(() => import('./print/PrintReport'))

export interface PanelDockProps {
  /** The metrics on screen: the same rows the map is coloured with. */
  metrics: MetricsResponse | null
  categories: readonly Category[]
  levels: readonly Level[]
  meta: DatasetMeta | null
  /** The period in effect (explicit or the default 12 months). */
  period: Period | null
}

interface PrintJob {
  profile: TerritoryProfile
  mapImage: string | null
  legend: LegendModel | null
}

/** The latest load behind the data, for "of which date". */
function lastLoad(meta: DatasetMeta | null): string | null {
  const dates = (meta?.imports ?? []).map((entry) => entry.finished_at).sort()
  return dates[dates.length - 1] ?? null
}

/** The map on screen as a PNG data URL; null when it cannot be read (no canvas, a tainted one). */
function mapDataUrl(): string | null {
  try {
    return captureMapCanvas()?.toDataURL('image/png') ?? null
  } catch {
    return null
  }
}

/**
 * The analysis panels beside the map: a territory's profile, the ranking table, the finder, the
 * comparison and the saved views, with exports, presentation mode and the printable report.
 */
export function PanelDock({ metrics, categories, levels, meta, period }: PanelDockProps) {
  const language = useViewStore((s) => s.language)
  const selection = useViewStore((s) => s.selection)
  const hovered = useViewStore((s) => s.hovered)
  const level = useViewStore((s) => s.level)
  const category = useViewStore((s) => s.category)
  const layer = useViewStore((s) => s.layer)
  const { tab, setTab, open, setOpen, presenting, setPresenting, setHighlighted } = usePanelStore()
  const messages = PANEL_MESSAGES[language]
  const appMessages = MESSAGES[language]
  const savedViews = useSavedViews()
  const [printJob, setPrintJob] = useState<PrintJob | null>(null)

  const categoryName = useCallback((id: string) => categoryLabel(id, categories, language, appMessages), [categories, language, appMessages])
  const levelName = (id: string) => {
    const found = levels.find((l) => l.id === id)
    return found ? (language === 'fr' ? found.label_fr : found.label_en) : messages.levelName(id)
  }

  // A territory picked on the map opens its profile (or the comparison for several); one picked in a
  // panel leaves that panel in place, so a keyboard user walking the table is not taken elsewhere.
  const fromPanel = useRef(false)
  const selectionKey = selection.join(',')
  useEffect(() => {
    if (fromPanel.current) {
      fromPanel.current = false
      return
    }
    if (selectionKey === '') return
    const state = usePanelStore.getState()
    state.setTab(selectionKey.includes(',') ? 'compare' : 'profile')
    state.setOpen(true)
  }, [selectionKey])

  const select = useCallback((id: number, additive: boolean) => {
    fromPanel.current = true
    const state = useViewStore.getState()
    state.setSelection(clickSelection(state.selection, id, additive))
  }, [])
  const removeFromCompare = useCallback((id: number) => {
    fromPanel.current = true
    const state = useViewStore.getState()
    state.setSelection(state.selection.filter((other) => other !== id))
  }, [])
  const hover = useViewStore((s) => s.setHovered)

  const periodQuery = period ? { from: period.from, to: period.to } : null
  const query: MetricsQuery | null = metrics ? { level: metrics.level, category: metrics.category, from: metrics.from, to: metrics.to, outcome: metrics.outcome ?? null, channel: metrics.channel ?? null } : null
  const k = metrics?.k ?? meta?.k ?? 10
  const shownPeriod = metrics ? { from: metrics.from, to: metrics.to } : period
  const viewTitle = shownPeriod
    ? `${appMessages.layerName[layer]} · ${categoryName(category)} · ${levelName(level)} · ${formatMonthRange(language, shownPeriod.from, shownPeriod.to)}`
    : `${appMessages.layerName[layer]} · ${categoryName(category)} · ${levelName(level)}`

  const startPrint = useCallback((profile: TerritoryProfile) => {
    setPrintJob({ profile, mapImage: mapDataUrl(), legend: legendFromDom() })
  }, [])
  const endPrint = useCallback(() => setPrintJob(null), [])
  const exitPresentation = useCallback(() => setPresenting(false), [setPresenting])

  const tabRefs = useRef(new Map<PanelTab, HTMLButtonElement>())
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    if (delta === 0) return
    event.preventDefault()
    const next = PANEL_TABS[(index + delta + PANEL_TABS.length) % PANEL_TABS.length] as PanelTab
    setTab(next)
    setOpen(true)
    tabRefs.current.get(next)?.focus()
  }

  const synthetic = meta?.synthetic ?? false
  const profileLine = shownPeriod && (
    <DataLine language={language} messages={messages} category={appMessages.allCategories} period={shownPeriod} synthetic={synthetic} lastImport={lastLoad(meta)} k={k} />
  )
  const tableLine = shownPeriod && (
    <DataLine language={language} messages={messages} category={categoryName(metrics?.category ?? category)} period={shownPeriod} synthetic={synthetic} lastImport={lastLoad(meta)} k={k} />
  )
  const rows = useMemo(() => metrics?.rows ?? [], [metrics])

  let body
  switch (tab) {
    case 'profile':
      body = (
        <>
          <ProfilePanel id={selection[0] ?? null} period={periodQuery} language={language} messages={messages} categoryName={categoryName} onPrint={startPrint} />
          {selection.length > 0 && profileLine}
        </>
      )
      break
    case 'ranking':
      body = metrics ? (
        <>
          <RankingTable rows={rows} k={k} language={language} messages={messages} levelName={levelName(metrics.level)} selection={selection} hovered={hovered} onHover={hover} onSelect={select} />
          {tableLine}
        </>
      ) : (
        <p className="panel-status">{messages.loading}</p>
      )
      break
    case 'finder':
      body = metrics ? (
        <>
          <FinderPanel rows={rows} language={language} messages={messages} onSelect={select} onHover={hover} onMatches={setHighlighted} />
          {tableLine}
        </>
      ) : (
        <p className="panel-status">{messages.loading}</p>
      )
      break
    case 'compare':
      body = (
        <Suspense fallback={<p className="panel-status">{messages.loading}</p>}>
          <ComparePanel ids={selection} period={periodQuery} language={language} messages={messages} categoryName={categoryName} onRemove={removeFromCompare} />
          {selection.length >= 2 && profileLine}
          {selection.length < 2 && <p className="panel-note">{messages.compareHint}</p>}
        </Suspense>
      )
      break
    case 'views':
      body = (
        <ViewsPanel
          messages={messages}
          views={savedViews.views}
          defaultName={viewTitle}
          onSave={(name) => savedViews.save(name, viewTitle, window.location.search)}
          onOpen={(view) => applyView(view.search)}
          onDelete={(view) => savedViews.remove(view.id)}
          onPresent={() => setPresenting(true)}
        />
      )
      break
  }

  return (
    <>
      <section className="dock panel" aria-label={messages.dockLabel} data-open={open} data-tab={tab} data-testid="panel-dock">
        <div className="dock-tabs">
          <div role="tablist" aria-label={messages.dockLabel} className="dock-tablist">
            {PANEL_TABS.map((id, index) => (
              <button
                key={id}
                ref={(element) => {
                  if (element) tabRefs.current.set(id, element)
                  else tabRefs.current.delete(id)
                }}
                type="button"
                role="tab"
                id={`dock-tab-${id}`}
                aria-selected={open && tab === id}
                aria-controls={open && tab === id ? 'dock-panel' : undefined}
                tabIndex={tab === id ? 0 : -1}
                className="dock-tab"
                onClick={() => {
                  setTab(id)
                  setOpen(true)
                }}
                onKeyDown={(event) => onTabKey(event, index)}
              >
                {messages.tabName[id]}
                {id === 'compare' && selection.length >= 2 ? ` (${selection.length})` : ''}
              </button>
            ))}
          </div>
          <button type="button" className="icon-button dock-toggle" aria-expanded={open} aria-label={open ? messages.collapse : messages.expand} onClick={() => setOpen(!open)}>
            {open ? '−' : '+'}
          </button>
        </div>
        {open && (
          <>
            <div role="tabpanel" id="dock-panel" aria-labelledby={`dock-tab-${tab}`} className="dock-body">
              {body}
            </div>
            <ExportBar messages={messages} query={query} attribution={appMessages.attribution} />
          </>
        )}
      </section>
      {presenting && (
        <Suspense fallback={null}>
          <PresentationMode messages={messages} views={savedViews.views} title={viewTitle} onExit={exitPresentation} />
        </Suspense>
      )}
      {printJob && (
        <Suspense fallback={null}>
          <PrintReport
            profile={printJob.profile}
            mapImage={printJob.mapImage}
            legend={printJob.legend}
            language={language}
            messages={messages}
            categoryName={categoryName}
            attribution={appMessages.attribution}
            onDone={endPrint}
          />
        </Suspense>
      )}
    </>
  )
}
