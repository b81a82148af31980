import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react'
import type { SearchHit, TerritoryCollection } from '../../../core/api/types'
import type { Messages } from '../i18n/messages'
import { runSearch, type SearchOutcome } from './run-search'

interface SearchBoxProps {
  messages: Messages
  /** Territories already on the page, searched by name when the server has no search endpoint. */
  loaded: readonly TerritoryCollection[]
  onPick: (hit: SearchHit) => void
}

const LIMIT = 8
const DEBOUNCE_MS = 180

/** A combobox (WAI-ARIA 1.2 pattern): type, arrow through the hits, Enter to go there, Escape to close. */
export function SearchBox({ messages, loaded, onPick }: SearchBoxProps) {
  const id = useId()
  const listId = `${id}-list`
  const [text, setText] = useState('')
  const [outcome, setOutcome] = useState<SearchOutcome | null>(null)
  const [active, setActive] = useState(-1)
  const [open, setOpen] = useState(false)
  const loadedRef = useRef(loaded)
  useLayoutEffect(() => {
    loadedRef.current = loaded
  }, [loaded])

  useEffect(() => {
    const query = text.trim()
    if (query.length < 2) return
    const controller = new AbortController()
    const timer = setTimeout(() => {
      runSearch(query, loadedRef.current, LIMIT, controller.signal).then(
        (result) => {
          if (controller.signal.aborted) return
          setOutcome(result)
          setActive(result.hits.length > 0 ? 0 : -1)
        },
        () => {
          if (!controller.signal.aborted) setOutcome({ hits: [], localOnly: true })
        },
      )
    }, DEBOUNCE_MS)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [text])

  // Too short a text searches nothing, and whatever an earlier text found is no longer shown.
  const shown = text.trim().length < 2 ? null : outcome
  const hits = shown?.hits ?? []
  const expanded = open && shown !== null

  const pick = (hit: SearchHit) => {
    setOpen(false)
    setText(hit.label)
    onPick(hit)
  }

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && hits.length > 0) {
      event.preventDefault()
      setOpen(true)
      setActive((i) => (i + 1) % hits.length)
    } else if (event.key === 'ArrowUp' && hits.length > 0) {
      event.preventDefault()
      setActive((i) => (i <= 0 ? hits.length - 1 : i - 1))
    } else if (event.key === 'Enter') {
      const hit = hits[active] ?? hits[0]
      if (hit) {
        event.preventDefault()
        pick(hit)
      }
    } else if (event.key === 'Escape') {
      setOpen(false)
    }
  }

  return (
    <div className="search" role="search">
      <label className="visually-hidden" htmlFor={`${id}-input`}>
        {messages.searchLabel}
      </label>
      <input
        id={`${id}-input`}
        className="search-input"
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={messages.searchPlaceholder}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value)
          setOpen(true)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div className="search-popup panel" hidden={!expanded}>
        <ul id={listId} role="listbox" aria-label={messages.searchLabel} className="search-list">
          {hits.map((hit, i) => (
            <li
              key={`${hit.kind}-${hit.territory_id ?? hit.label}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className="search-option"
              // mousedown, not click: it runs before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault()
                pick(hit)
              }}
            >
              <span className="search-option-label">{hit.label}</span>
              <span className="search-option-kind">{messages.searchKind[hit.kind]}</span>
            </li>
          ))}
        </ul>
        {shown && hits.length === 0 && <p className="search-note">{messages.searchNoResult}</p>}
        {shown?.localOnly && <p className="search-note">{messages.searchLocalOnly}</p>}
      </div>
    </div>
  )
}
