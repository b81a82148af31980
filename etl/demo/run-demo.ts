/**
 * `npm run etl -- demo`: replaces any earlier demo data with a fresh synthetic dataset, in one
 * transaction, flagged `synthetic` everywhere it is stored.
 */
import type { Database, Queryable } from '../../core/db/database'
import { namedQuery } from '../../core/db/named-query'
import { DEFAULT_CATEGORIES, TOP_CATEGORY_IDS } from '../../core/domain/categories'
import { csvChunk } from '../load/csv-rows'
import { finishImport, startImport } from '../load/import-log'
import { refreshRequestCounts, refreshSupplyCounts } from '../load/refresh-counts'
import { writeSupply } from '../load/supply-writer'
import { generateOrganizations } from './organizations'
import { DEMO_DEFAULT_ORGANIZATIONS, DEMO_DEFAULT_REQUESTS, DEMO_DEFAULT_SEED } from './profile'
import { Random } from './random'
import { REQUEST_COLUMNS, generateOutreach, generateRequests, placeOf, requestRow, type DemoRequest, type SupplyRatio } from './requests'
import { loadDemandUnits, type DemandUnit } from './units'

export interface DemoOptions {
  requests?: number
  organizations?: number
  seed?: number
  /** Called as work advances, for a progress bar. */
  onProgress?: (step: string, done: number, total: number) => void
}

export interface DemoResult {
  importId: number
  organizations: number
  requests: number
  skipped: boolean
}

/** Generates and stores the demo dataset; does nothing if the same one is already stored. */
export async function runDemo(db: Database, options: DemoOptions = {}): Promise<DemoResult> {
  const requests = options.requests ?? DEMO_DEFAULT_REQUESTS
  const organizations = options.organizations ?? DEMO_DEFAULT_ORGANIZATIONS
  const seed = options.seed ?? DEMO_DEFAULT_SEED
  const progress = options.onProgress ?? (() => undefined)
  const source = `demo seed=${seed} requests=${requests} organizations=${organizations}`
  const [current] = await db.query<{ id: number; source: string }>(
    `SELECT id, source FROM import_log WHERE kind = 'demo' AND status = 'succeeded' ORDER BY id DESC LIMIT 1`,
  )
  if (current?.source === source) return { importId: current.id, organizations: 0, requests: 0, skipped: true }

  return db.transaction(async (tx) => {
    await tx.query(namedQuery('import/lock-requests'))
    await tx.query('DELETE FROM request WHERE synthetic')
    await tx.query(`DELETE FROM organization WHERE source = 'demo'`)
    const importId = await startImport(tx, { kind: 'demo', source, synthetic: true })
    const random = new Random(seed)

    progress('places', 0, 1)
    const units = await loadDemandUnits(tx)
    progress('organizations', 0, organizations)
    const records = generateOrganizations(units, organizations, random)
    await writeSupply(tx, records, importId)
    await refreshSupplyCounts(tx)
    progress('organizations', records.length, organizations)

    const context = { random, seed, supplyRatio: await supplyRatios(tx, units), subcategories: subcategories(), counter: { next: 0 } }
    const outreach = [...generateOutreach(units, context)]
    const written = await writeRequests(tx, importId, [outreach, generateRequests(units, requests - outreach.length, context)], requests, progress)

    progress('territories', 0, 1)
    await tx.query(namedQuery('demo/fill-nearest-fsa'))
    await tx.query(namedQuery('assign-place-territories'), [0])
    await refreshRequestCounts(tx)
    progress('territories', 1, 1)
    await finishImport(tx, importId, {
      rowsRead: written + records.length,
      rowsAccepted: written + records.length,
      report: { seed, organizations: records.length, requests: written, outreach: outreach.length },
    })
    return { importId, organizations: records.length, requests: written, skipped: false }
  })
}

async function writeRequests(
  tx: Queryable,
  importId: number,
  sources: Iterable<DemoRequest>[],
  expected: number,
  progress: NonNullable<DemoOptions['onProgress']>,
): Promise<number> {
  const requests = sources.flatMap((source) => [...source])
  progress('places', 0, 1)
  const places = new Map(requests.map((request) => { const place = placeOf(request); return [place.key, place] }))
  const stored = await tx.query<{ id: number; place_key: string }>(namedQuery('upsert-places'), [JSON.stringify([...places.values()])])
  const placeIds = new Map(stored.map((row) => [row.place_key, row.id]))
  progress('places', 1, 1)
  async function* chunks() {
    for (let i = 0; i < requests.length; i += 5000) {
      const batch = requests.slice(i, i + 5000)
      yield csvChunk(batch.map((request) => requestRow(request, importId, placeIds.get(placeOf(request).key) as number)))
      progress('requests', i + batch.length, expected)
    }
  }
  await tx.copyCsv('request', REQUEST_COLUMNS, chunks())
  return requests.length
}

/** Supply per inhabitant of each area and category, relative to the median area. */
async function supplyRatios(tx: Queryable, units: readonly DemandUnit[]): Promise<SupplyRatio> {
  const population = new Map<string, number>()
  for (const unit of units) population.set(unit.supplyArea, (population.get(unit.supplyArea) ?? 0) + unit.population)
  const rows = await tx.query<{ area: string; category_id: string; located: number }>(namedQuery('demo/supply-by-area'))
  const perCapita = new Map(rows.map((row) => [`${row.area}|${row.category_id}`, row.located / Math.max(1, population.get(row.area) ?? 1)]))
  const medians = new Map<string, number>()
  for (const category of TOP_CATEGORY_IDS) {
    const values = [...population.keys()].map((area) => perCapita.get(`${area}|${category}`) ?? 0).sort((a, b) => a - b)
    medians.set(category, values[Math.floor(values.length / 2)] ?? 0)
  }
  return (area, category) => {
    const median = medians.get(category) ?? 0
    const value = perCapita.get(`${area}|${category}`) ?? 0
    return median > 0 ? value / median : value > 0 ? 2 : 1
  }
}

function subcategories(): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const category of DEFAULT_CATEGORIES) {
    if (category.parent) map.set(category.parent, [...(map.get(category.parent) ?? []), category.id])
  }
  return map
}
