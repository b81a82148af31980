/**
 * The map as one image: the container's background (the water, which the basemap leaves see-through), then every
 * canvas of the map container (MapLibre's basemap, then deck.gl's layers above it) drawn in DOM order at its
 * place. Both are created with preserveDrawingBuffer (MapView), so the last frame is still readable here, without
 * touching the map's internals.
 */
export function captureMapCanvas(container: Element | null = document.querySelector('[data-testid="map"]'), scale = window.devicePixelRatio || 1): HTMLCanvasElement | null {
  if (!container) return null
  const box = container.getBoundingClientRect()
  if (box.width === 0 || box.height === 0) return null
  const out = document.createElement('canvas')
  out.width = Math.round(box.width * scale)
  out.height = Math.round(box.height * scale)
  const context = out.getContext('2d')
  if (!context) return null
  const canvases = [...container.querySelectorAll('canvas')]
  if (canvases.length === 0) return null
  const background = getComputedStyle(container).backgroundColor
  if (background && background !== 'transparent' && background !== 'rgba(0, 0, 0, 0)') {
    context.fillStyle = background
    context.fillRect(0, 0, out.width, out.height)
  }
  for (const canvas of canvases) {
    const rect = canvas.getBoundingClientRect()
    if (rect.width === 0 || rect.height === 0) continue
    context.drawImage(canvas, (rect.left - box.left) * scale, (rect.top - box.top) * scale, rect.width * scale, rect.height * scale)
  }
  return out
}
