import { useCamera } from '../../map/camera'
import { useViewStore } from '../../state/store'
import { parseViewState } from '../../state/view-state'

/**
 * Shows a saved view: its level, category, period, layers and selection, and moves the map to its
 * position. The presenter's language is kept: a roundtable does not switch language between slides.
 */
export function applyView(search: string): void {
  const state = useViewStore.getState()
  const view = parseViewState(search)
  state.replaceView({ ...view, language: state.language })
  if (view.position) useCamera.getState().flyTo({ center: [view.position.lon, view.position.lat], zoom: view.position.zoom })
}
