import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import type { MetricsRow } from '../../../../core/api/types'
import type { Language } from '../../i18n/language'
import type { PanelMessages, RankingColumn } from '../messages'
import { cellText, FIGURE_COLUMNS } from './row-cells'
import { DEFAULT_SORT, nextSort, sortRows, type SortOrder } from './sort-rows'

export interface RankingTableProps {
  rows: readonly MetricsRow[]
  k: number
  language: Language
  messages: PanelMessages
  /** The level's name, for the caption. */
  levelName: string
  selection: readonly number[]
  hovered: number | null
  onHover: (id: number | null) => void
  /** additive: add to (or remove from) the compare set instead of selecting alone. */
  onSelect: (id: number, additive: boolean) => void
}

/**
 * The territories of the level as a sortable table: the same rows as the map, kept in step with it
 * (hover and selection both ways), and the keyboard's way through the map: arrows move between rows,
 * Enter opens a profile, Shift + Enter adds to the comparison.
 */
export function RankingTable(props: RankingTableProps) {
  const { rows, k, language, messages, levelName, selection, hovered, onHover, onSelect } = props
  const [order, setOrder] = useState<SortOrder>(DEFAULT_SORT)
  const sorted = useMemo(() => sortRows(rows, order), [rows, order])
  // The row that takes Tab (roving tabindex): the last one focused, else the open profile, else the first.
  const [focusedId, setFocusedId] = useState<number | null>(null)
  const rowRefs = useRef(new Map<number, HTMLTableRowElement>())
  const first = selection[0]
  const has = (id: number | null | undefined) => id !== null && id !== undefined && sorted.some((row) => row.territory_id === id)
  const activeId = has(focusedId) ? focusedId : has(first) ? first : (sorted[0]?.territory_id ?? null)

  // A territory selected on the map scrolls into view here, so the two views stay side by side.
  useEffect(() => {
    if (first !== undefined) rowRefs.current.get(first)?.scrollIntoView?.({ block: 'nearest' })
  }, [first, sorted])

  const focusRow = (index: number) => {
    const row = sorted[index]
    if (!row) return
    setFocusedId(row.territory_id)
    rowRefs.current.get(row.territory_id)?.focus()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTableRowElement>, index: number, id: number) => {
    const page = 10
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, PageDown: index + page, PageUp: index - page, Home: 0, End: sorted.length - 1 }
    const target = moves[event.key]
    if (target !== undefined) {
      event.preventDefault()
      focusRow(Math.max(0, Math.min(sorted.length - 1, target)))
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      onSelect(id, event.shiftKey)
    }
  }

  const header = (column: RankingColumn, numeric: boolean) => {
    const sortedHere = order.column === column
    return (
      <th key={column} scope="col" className={numeric ? 'num' : undefined} aria-sort={sortedHere ? (order.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="sort-button" onClick={() => setOrder(nextSort(order, column))} title={messages.sortBy(messages.column[column])}>
          {messages.column[column]}
          <span aria-hidden="true" className="sort-mark">
            {sortedHere ? (order.direction === 'asc' ? '▲' : '▼') : ''}
          </span>
        </button>
      </th>
    )
  }

  return (
    <div className="ranking">
      <p className="panel-help" id="ranking-help">
        {messages.rankingHelp}
      </p>
      <div className="ranking-scroll">
        <table className="ranking-table" role="grid" aria-describedby="ranking-help" aria-rowcount={sorted.length + 1} data-testid="ranking-table" onMouseLeave={() => onHover(null)}>
          <caption className="visually-hidden">{messages.rankingCaption(String(sorted.length), levelName)}</caption>
          <thead>
            <tr>
              <th scope="col" className="num rank-col">
                {messages.rank}
              </th>
              {header('name', false)}
              {FIGURE_COLUMNS.map(({ column }) => header(column, true))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row, index) => {
              const id = row.territory_id
              const selected = selection.includes(id)
              return (
                <tr
                  key={id}
                  ref={(element) => {
                    if (element) rowRefs.current.set(id, element)
                    else rowRefs.current.delete(id)
                  }}
                  tabIndex={id === activeId ? 0 : -1}
                  aria-selected={selected}
                  aria-rowindex={index + 2}
                  data-territory-id={id}
                  className={`${hovered === id ? 'is-hovered' : ''} ${selected ? 'is-selected' : ''}`.trim() || undefined}
                  onMouseEnter={() => onHover(id)}
                  onFocus={() => {
                    setFocusedId(id)
                    onHover(id)
                  }}
                  onClick={(event) => onSelect(id, event.shiftKey)}
                  onKeyDown={(event) => onKeyDown(event, index, id)}
                >
                  <td className="num rank-col">{index + 1}</td>
                  <th scope="row" className="name-col">
                    {row.name}
                  </th>
                  {FIGURE_COLUMNS.map(({ column, kind }) => (
                    <td key={column} className="num">
                      {cellText(row, column, kind, language, k, messages.notAvailable)}
                    </td>
                  ))}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </div>
  )
}
