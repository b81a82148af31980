/**
 * Which labels to draw at a zoom: greedy placement by priority (population), dropping any
 * label whose box would overlap one already placed. MapLibre does this for symbol layers, but
 * labels here are drawn by deck.gl (so no glyph server is needed) and deck's collision filter
 * lives in a package the project does not ship.
 */
export interface LabelCandidate {
  id: number
  text: string
  position: [number, number]
  /** Higher is placed first. */
  priority: number
}

export interface LabelStyle {
  fontSize: number
  /** Average glyph width as a share of the font size (wider for capitals). */
  glyphWidth: number
  /** Empty space kept around each label, in pixels. */
  padding: number
}

/** MapLibre's world is 512 px wide at zoom 0. */
const WORLD_SIZE = 512

function project([lon, lat]: [number, number], zoom: number): [number, number] {
  const scale = WORLD_SIZE * 2 ** zoom
  const clampedLat = Math.max(-85.05, Math.min(85.05, lat))
  const sin = Math.sin((clampedLat * Math.PI) / 180)
  const x = ((lon + 180) / 360) * scale
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale
  return [x, y]
}

export function placeLabels(candidates: readonly LabelCandidate[], zoom: number, style: LabelStyle): LabelCandidate[] {
  const boxes: [number, number, number, number][] = []
  const placed: LabelCandidate[] = []
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || a.id - b.id)
  for (const label of ordered) {
    const [x, y] = project(label.position, zoom)
    const halfWidth = (label.text.length * style.fontSize * style.glyphWidth) / 2 + style.padding
    const halfHeight = (style.fontSize * 1.25) / 2 + style.padding
    const box: [number, number, number, number] = [x - halfWidth, y - halfHeight, x + halfWidth, y + halfHeight]
    const overlaps = boxes.some(([x0, y0, x1, y1]) => box[0] < x1 && box[2] > x0 && box[1] < y1 && box[3] > y0)
    if (!overlaps) {
      boxes.push(box)
      placed.push(label)
    }
  }
  return placed
}

/** Zoom rounded down to a quarter step: placement is recomputed only when crossing a step. */
export function zoomStep(zoom: number): number {
  return Math.floor(zoom * 4) / 4
}
