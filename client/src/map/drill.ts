import type { Level } from '../../../core/api/types'

/**
 * The level a double-click goes down to: the first polygon level whose parent is the current one
 * (region → MRC → neighbourhood); null at the finest level. Point levels are skipped, since a dot
 * per municipality is not a map to drill into.
 */
export function childLevel(levels: readonly Level[], current: string): string | null {
  return levels.find((level) => level.parent_level === current && level.geometry === 'polygon')?.id ?? null
}
