import { useEffect, useState } from 'react'
import type { PanelMessages } from '../messages'
import { applyView } from '../views/apply-view'
import type { SavedView } from '../views/saved-views'
import { stepIndex } from '../views/saved-views'

export interface PresentationModeProps {
  messages: PanelMessages
  views: readonly SavedView[]
  /** What the map shows now (category, period), written large at the top. */
  title: string
  onExit: () => void
}

/** Marks the page as presenting: panels.css then hides the controls and enlarges the legend. */
function usePresentingPage(): void {
  useEffect(() => {
    document.body.dataset.presenting = 'true'
    return () => {
      delete document.body.dataset.presenting
    }
  }, [])
}

/**
 * Presentation mode for a roundtable: the page goes full screen (when the browser allows it), the
 * controls disappear, type gets large, and the saved views are stepped through with the arrow keys
 * (Page Up/Down too, which is what presentation remotes send). Escape or leaving full screen ends it.
 */
export default function PresentationMode({ messages, views, title, onExit }: PresentationModeProps) {
  usePresentingPage()
  const [index, setIndex] = useState(0)

  // Enter full screen once; a refusal (no user gesture, an iframe) leaves a large in-window presentation.
  useEffect(() => {
    const root = document.documentElement
    if (!document.fullscreenElement && root.requestFullscreen) root.requestFullscreen().catch(() => undefined)
    const onChange = () => {
      if (!document.fullscreenElement) onExit()
    }
    document.addEventListener('fullscreenchange', onChange)
    return () => {
      document.removeEventListener('fullscreenchange', onChange)
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined)
    }
  }, [onExit])

  const view = views[index]
  useEffect(() => {
    if (view) applyView(view.search)
  }, [view])

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // Typing in a field (the search box) keeps its arrows.
      const target = event.target as HTMLElement | null
      if (target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' || target.tagName === 'TEXTAREA')) return
      const forward = ['ArrowRight', 'ArrowDown', 'PageDown', ' ']
      const back = ['ArrowLeft', 'ArrowUp', 'PageUp']
      if (forward.includes(event.key)) {
        event.preventDefault()
        setIndex((i) => stepIndex(i, 1, views.length))
      } else if (back.includes(event.key)) {
        event.preventDefault()
        setIndex((i) => stepIndex(i, -1, views.length))
      } else if (event.key === 'Escape') {
        onExit()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [views.length, onExit])

  return (
    <div className="presentation-bar" role="region" aria-label={messages.presentationLabel} data-testid="presentation">
      <div className="presentation-titles">
        <p className="presentation-view" aria-live="polite" data-testid="presentation-view">
          {view ? view.name : title}
        </p>
        {view && <p className="presentation-subtitle">{title}</p>}
      </div>
      <div className="presentation-nav">
        {views.length > 0 && (
          <>
            <button type="button" className="presentation-button" onClick={() => setIndex((i) => stepIndex(i, -1, views.length))} disabled={index === 0} aria-label={messages.previousView}>
              ←
            </button>
            <span className="presentation-step" data-testid="presentation-step">
              {messages.stepOf(String(index + 1), String(views.length))}
            </span>
            <button
              type="button"
              className="presentation-button"
              onClick={() => setIndex((i) => stepIndex(i, 1, views.length))}
              disabled={index >= views.length - 1}
              aria-label={messages.nextView}
            >
              →
            </button>
          </>
        )}
        <button type="button" className="presentation-button presentation-exit" onClick={onExit}>
          {messages.exitPresentation}
        </button>
      </div>
    </div>
  )
}
