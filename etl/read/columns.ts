import { InputError } from './types'

/**
 * The column names of a header row: trimmed; trailing empty cells dropped; an empty cell in the
 * middle named "column N" (1-based); a duplicate name is an InputError naming it.
 */
export function headerColumns(file: string, cells: readonly string[], row: number): string[] {
  const trimmed = cells.map((cell) => cell.trim())
  while (trimmed.length > 0 && trimmed[trimmed.length - 1] === '') trimmed.pop()
  const columns = trimmed.map((name, i) => (name === '' ? `column ${i + 1}` : name === '__proto__' ? `__proto__ (column ${i + 1})` : name))
  const seen = new Map<string, number>()
  columns.forEach((name, i) => {
    const first = seen.get(name)
    if (first !== undefined) {
      throw new InputError(file, `the column name "${name}" appears twice in the header (columns ${first + 1} and ${i + 1})`, { row, field: name })
    }
    seen.set(name, i)
  })
  return columns
}
