import { MAX_SELECTION } from './view-state'

/**
 * The selection after a click on territory `id`. A plain click selects it alone. A shift-click
 * adds it to the compare set (removing it if already there); when the set is full, the newest
 * addition replaces the last one so the open profile (the first) stays put.
 */
export function clickSelection(selection: readonly number[], id: number, additive: boolean): number[] {
  if (!additive) return [id]
  if (selection.includes(id)) return selection.filter((other) => other !== id)
  if (selection.length < MAX_SELECTION) return [...selection, id]
  return [...selection.slice(0, MAX_SELECTION - 1), id]
}
