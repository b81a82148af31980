import type { LegendModel } from './legend-model'

export interface MapPngInput {
  map: HTMLCanvasElement
  legend: LegendModel | null
  /** Attribution lines (boundaries, population, data source). */
  attribution: readonly string[]
  /** Scale of the map canvas relative to CSS pixels. */
  scale: number
}

const FONT = 'Inter, system-ui, sans-serif'

/** Splits text into lines that fit `width` with the context's current font. */
export function wrapText(measure: (text: string) => number, text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word
    if (line && measure(next) > width) {
      lines.push(line)
      line = word
    } else line = next
  }
  if (line) lines.push(line)
  return lines
}

/**
 * The map image with its legend box (title, category, period, classes, "< k" swatch) over the
 * bottom-right corner and the attribution and source under it: a PNG that stands on its own in a slide.
 */
export function composeMapPng({ map, legend, attribution, scale }: MapPngInput): HTMLCanvasElement {
  const s = scale
  const footerLines = attribution.length
  const footer = (12 + footerLines * 16) * s
  const out = document.createElement('canvas')
  out.width = map.width
  out.height = map.height + footer
  const c = out.getContext('2d')
  if (!c) return map
  c.fillStyle = '#ffffff'
  c.fillRect(0, 0, out.width, out.height)
  c.drawImage(map, 0, 0)

  if (legend) {
    const width = 300 * s
    const pad = 12 * s
    const line = 17 * s
    const swatch = 32 * s
    const measure = (t: string) => c.measureText(t).width
    c.font = `700 ${14 * s}px ${FONT}`
    const titleLines = wrapText(measure, legend.title, width - 2 * pad)
    c.font = `400 ${12 * s}px ${FONT}`
    const itemLines = legend.items.map((item) => wrapText(measure, item.label, width - 2 * pad - swatch))
    const height = pad * 2 + titleLines.length * 18 * s + 2 * line + 4 * s + itemLines.reduce((sum, lines) => sum + lines.length * line + 2 * s, 0)
    const x = out.width - width - 12 * s
    const y = map.height - height - 12 * s
    c.fillStyle = 'rgba(255,255,255,0.96)'
    c.strokeStyle = 'rgba(16,24,40,0.25)'
    c.lineWidth = s
    c.fillRect(x, y, width, height)
    c.strokeRect(x, y, width, height)
    let cy = y + pad + 13 * s
    c.fillStyle = '#1b1f24'
    c.font = `700 ${14 * s}px ${FONT}`
    for (const text of titleLines) {
      c.fillText(text, x + pad, cy)
      cy += 18 * s
    }
    c.font = `600 ${12 * s}px ${FONT}`
    c.fillText(legend.category, x + pad, cy)
    cy += line
    c.font = `400 ${12 * s}px ${FONT}`
    c.fillStyle = '#4a5361'
    c.fillText(legend.period, x + pad, cy)
    cy += line + 4 * s
    legend.items.forEach((item, i) => {
      const sx = x + pad
      const sy = cy - 11 * s
      c.fillStyle = item.kind === 'suppressed' ? '#e4e6ea' : item.colour
      c.fillRect(sx, sy, 24 * s, 14 * s)
      if (item.kind === 'suppressed') {
        // The same "/" hatch as the map's withheld territories.
        c.save()
        c.beginPath()
        c.rect(sx, sy, 24 * s, 14 * s)
        c.clip()
        c.strokeStyle = '#8b929c'
        c.lineWidth = 1.4 * s
        for (let d = -14 * s; d < 24 * s; d += 5 * s) {
          c.beginPath()
          c.moveTo(sx + d, sy + 14 * s)
          c.lineTo(sx + d + 14 * s, sy)
          c.stroke()
        }
        c.restore()
      }
      c.strokeStyle = 'rgba(16,24,40,0.3)'
      c.strokeRect(sx, sy, 24 * s, 14 * s)
      c.fillStyle = '#1b1f24'
      for (const text of itemLines[i] ?? []) {
        c.fillText(text, sx + swatch, cy)
        cy += line
      }
      cy += 2 * s
    })
  }

  c.font = `400 ${11 * s}px ${FONT}`
  c.fillStyle = '#4a5361'
  attribution.forEach((line, i) => c.fillText(line, 10 * s, map.height + (16 + i * 16) * s))
  return out
}

/** Saves a canvas as a PNG file through a temporary download link. */
export function downloadCanvas(canvas: HTMLCanvasElement, filename: string): Promise<void> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) {
        reject(new Error('toBlob gave nothing'))
        return
      }
      const url = URL.createObjectURL(blob)
      const link = document.createElement('a')
      link.href = url
      link.download = filename
      document.body.append(link)
      link.click()
      link.remove()
      // Revoked later: the download reads the blob after the click returns.
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      resolve()
    }, 'image/png')
  })
}
