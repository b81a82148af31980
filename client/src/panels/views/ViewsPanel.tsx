import { useId, useState } from 'react'
import type { PanelMessages } from '../messages'
import type { SavedView } from './saved-views'

export interface ViewsPanelProps {
  messages: PanelMessages
  views: readonly SavedView[]
  /** The name a view gets when none is typed: what it shows. */
  defaultName: string
  onSave: (name: string) => void
  onOpen: (view: SavedView) => void
  onDelete: (view: SavedView) => void
  onPresent: () => void
}

/** Save the current view, list the saved ones (open, delete), and start the presentation. */
export function ViewsPanel({ messages, views, defaultName, onSave, onOpen, onDelete, onPresent }: ViewsPanelProps) {
  const [name, setName] = useState('')
  const inputId = useId()
  return (
    <div className="views" data-testid="views">
      <form
        className="views-form"
        onSubmit={(event) => {
          event.preventDefault()
          onSave(name)
          setName('')
        }}
      >
        <label htmlFor={inputId} className="field-label">
          {messages.viewName}
        </label>
        <div className="views-form-row">
          <input id={inputId} className="text-input" value={name} placeholder={defaultName} onChange={(event) => setName(event.target.value)} />
          <button type="submit" className="action-button">
            {messages.saveView}
          </button>
        </div>
      </form>
      <h3 className="section-title">{messages.viewsTitle}</h3>
      {views.length === 0 ? (
        <p className="panel-note">{messages.viewsEmpty}</p>
      ) : (
        <ol className="views-list">
          {views.map((view) => (
            <li key={view.id} className="views-item">
              <button type="button" className="list-button" onClick={() => onOpen(view)} aria-label={messages.openView(view.name)}>
                {view.name}
              </button>
              <button type="button" className="icon-button" onClick={() => onDelete(view)} aria-label={messages.deleteView(view.name)}>
                ×
              </button>
            </li>
          ))}
        </ol>
      )}
      <button type="button" className="action-button action-primary" onClick={onPresent} data-testid="present">
        {messages.present}
      </button>
      <p className="panel-note">{messages.presentHint}</p>
    </div>
  )
}
