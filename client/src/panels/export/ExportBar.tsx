import { useState } from 'react'
import type { MetricsQuery } from '../../api/client'
import type { PanelMessages } from '../messages'
import { exportUrl } from '../panel-api'
import { legendFromDom } from './legend-model'
import { captureMapCanvas } from './map-capture'
import { composeMapPng, downloadCanvas } from './map-png'

export interface ExportBarProps {
  messages: PanelMessages
  /** The query of the table on screen; null while it is not known. */
  query: MetricsQuery | null
  /** Attribution lines written under the PNG. */
  attribution: readonly string[]
}

/** Exports of what is on screen: the table as CSV or GeoJSON (same parameters as the map), the map as a PNG with its legend. */
export function ExportBar({ messages, query, attribution }: ExportBarProps) {
  const [failed, setFailed] = useState(false)
  const savePng = async () => {
    const scale = window.devicePixelRatio || 1
    const map = captureMapCanvas(undefined, scale)
    if (!map) {
      setFailed(true)
      return
    }
    const legend = legendFromDom()
    const source = legend?.source ? [legend.source] : []
    const image = composeMapPng({ map, legend, attribution: [...attribution, ...source], scale })
    try {
      await downloadCanvas(image, `lacunes-${query?.level ?? 'map'}-${query?.category ?? 'all'}-${query?.from ?? ''}-${query?.to ?? ''}.png`)
      setFailed(false)
    } catch {
      setFailed(true)
    }
  }
  return (
    <div className="export-bar" role="group" aria-label={messages.exportTitle}>
      <span className="export-title">{messages.exportTitle}</span>
      {query && (
        <>
          <a className="export-link" href={exportUrl('csv', query)} download data-testid="export-csv">
            {messages.exportCsv}
          </a>
          <a className="export-link" href={exportUrl('geojson', query)} download data-testid="export-geojson">
            {messages.exportGeojson}
          </a>
        </>
      )}
      <button type="button" className="export-link" onClick={savePng} data-testid="export-png">
        {messages.exportPng}
      </button>
      {failed && (
        <span className="panel-note" role="alert">
          {messages.exportPngFailed}
        </span>
      )}
    </div>
  )
}
