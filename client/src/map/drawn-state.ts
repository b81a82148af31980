/**
 * What the map's data-* attributes say: whether the base layer shows the current filters, how many territories,
 * which view (its key) and when that view was first on screen. End-to-end tests and the client benchmark read them.
 */
export interface DrawnState {
  /** True when the base layer shows the current selection of filters (not a stale one kept on screen). */
  ready: boolean
  count: number
  key: string
  /** Who draws the base layer: MapLibre (the territories) or deck.gl (the hexagons). */
  by: 'basemap' | 'overlay'
}

/** Says at once that the view on screen is stale: no frame is needed for that. */
export function markPending(container: HTMLElement, state: DrawnState): void {
  if (!state.ready && container.dataset.ready !== 'false') container.dataset.ready = 'false'
}

/**
 * Called after a frame of `renderer`; `complete` says whether that frame had all of the base layer's data
 * (MapLibre may still be tiling new geometry in its worker). True when that frame put a view on screen.
 */
export function markDrawn(container: HTMLElement, state: DrawnState, renderer: DrawnState['by'], complete: boolean): boolean {
  if (renderer !== state.by) return false
  const ready = state.ready && complete
  const value = ready ? 'true' : 'false'
  if (container.dataset.ready !== value) container.dataset.ready = value
  if (!ready) return false
  if (container.dataset.territories !== String(state.count)) container.dataset.territories = String(state.count)
  if (container.dataset.key !== state.key) {
    container.dataset.key = state.key
    // When this view was first on screen, on the page's clock: what the client benchmark reads.
    container.dataset.drawnAt = performance.now().toFixed(1)
  }
  return true
}
