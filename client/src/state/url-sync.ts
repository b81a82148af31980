import { selectView, useViewStore } from './store'
import { parseViewState, serializeViewState } from './view-state'

/**
 * Keeps the store and the address bar in step: the URL seeds the store on load, each change of
 * view updates the URL (replaceState: a category click is not a page the Back button should replay),
 * and Back/Forward between shared links restores their view. Returns the unsubscribe function.
 */
export function startUrlSync(win: Window = window): () => void {
  useViewStore.getState().replaceView(parseViewState(win.location.search))

  const write = (): void => {
    const search = serializeViewState(selectView(useViewStore.getState()), win.location.search)
    if (search !== win.location.search) {
      win.history.replaceState(win.history.state, '', `${win.location.pathname}${search}${win.location.hash}`)
    }
  }
  write()
  const unsubscribe = useViewStore.subscribe(write)

  const onPopState = (): void => useViewStore.getState().replaceView(parseViewState(win.location.search))
  win.addEventListener('popstate', onPopState)
  return () => {
    unsubscribe()
    win.removeEventListener('popstate', onPopState)
  }
}
