/**
 * The cells of a period that never leave the server: primary and complementary suppression computed once
 * over the whole period table (every territory of every level × every category and `all`), so that a
 * query by level, by category or by territory withholds exactly the same cells as any other.
 */
import { namedQuery } from '../../core/db/named-query'
import type { AppContext } from '../context'
import { type Relation, withheldCells } from './complementary'

/** The filters that define a published table: a month range, optionally one outcome or one channel. */
export interface CellFilter {
  from: string
  to: string
  outcome?: string | undefined
  channel?: string | undefined
}

/** Which demand and unmet cells are withheld, by territory and category ('all' included). */
export interface WithheldCells {
  demand(territoryId: number, category: string): boolean
  unmet(territoryId: number, category: string): boolean
}

interface CellRow {
  territory_id: number
  category_id: string
  demand: number
  unmet: number
}

interface HierarchyRow {
  territory_id: number
  level_id: string
  parent_id: number
}

const key = (territoryId: number, category: string) => `${territoryId}|${category}`

/** The relations of the period table: categories sum to `all`; children of one level sum to their parent. */
export function cellRelations(cells: readonly CellRow[], hierarchy: readonly HierarchyRow[]): Relation[] {
  const categories = new Set<string>()
  const territories = new Set<number>()
  for (const cell of cells) {
    categories.add(cell.category_id)
    territories.add(cell.territory_id)
  }
  const relations: Relation[] = []
  for (const territory of territories) {
    relations.push({ total: key(territory, 'all'), parts: [...categories].map((category) => key(territory, category)) })
  }
  const children = new Map<string, number[]>()
  for (const row of hierarchy) {
    const group = `${row.parent_id}|${row.level_id}`
    const list = children.get(group)
    if (list) list.push(row.territory_id)
    else children.set(group, [row.territory_id])
  }
  for (const [group, ids] of children) {
    const parent = Number(group.split('|')[0])
    for (const category of [...categories, 'all']) {
      relations.push({ total: key(parent, category), parts: ids.map((id) => key(id, category)) })
    }
  }
  return relations
}

/** Counts by cell key, with each territory's `all` as the sum of its categories. */
function cellValues(cells: readonly CellRow[], measure: 'demand' | 'unmet'): Map<string, number> {
  const values = new Map<string, number>()
  for (const cell of cells) {
    values.set(key(cell.territory_id, cell.category_id), cell[measure])
    const all = key(cell.territory_id, 'all')
    values.set(all, (values.get(all) ?? 0) + cell[measure])
  }
  return values
}

/** Computes the withheld cells of a period table (cached per data version and filter). */
export async function loadWithheldCells(context: AppContext, filter: CellFilter): Promise<WithheldCells> {
  const { db, cache, dataVersion, config } = context
  const cacheKey = `withheld:${filter.from}:${filter.to}:${filter.outcome ?? ''}:${filter.channel ?? ''}`
  const entry = await cache.get(await dataVersion(), cacheKey, async () => {
    const [cells, hierarchy] = await Promise.all([
      db.query<CellRow>(namedQuery('privacy/cells'), [`${filter.from}-01`, `${filter.to}-01`, filter.outcome ?? null, filter.channel ?? null]),
      db.query<HierarchyRow>(namedQuery('privacy/hierarchy')),
    ])
    const relations = cellRelations(cells, hierarchy)
    return JSON.stringify({
      demand: [...withheldCells(cellValues(cells, 'demand'), relations, config.LACUNES_K)],
      unmet: [...withheldCells(cellValues(cells, 'unmet'), relations, config.LACUNES_K)],
    })
  })
  const parsed = JSON.parse(entry.body) as { demand: string[]; unmet: string[] }
  const demand = new Set(parsed.demand)
  const unmet = new Set(parsed.unmet)
  return {
    demand: (territoryId, category) => demand.has(key(territoryId, category)),
    unmet: (territoryId, category) => unmet.has(key(territoryId, category)),
  }
}
