/**
 * Differencing attacks (PRODUCT.md, Privacy): an attacker who sees every published figure tries to recover a
 * withheld count by subtraction: a category from `all`, a municipality from its MRC, a month from a quarter.
 * The attacker is given more than the API says: which withheld cells are small (1..k−1) and which were
 * withheld to protect them. An attack succeeds when only one value of the target is consistent with all of it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Category, MetricsResponse, MetricsRow, TerritoryCollection } from '../../../core/api/types'
import type { Database } from '../../../core/db/database'
import { getJson as get, serveApi, type TestServer } from '../../support/api-server'
import { backends } from '../../support/databases'
import { preparedDatabase } from '../../support/prepared'

const K = 10
/**
 * A published count of a period is R(before + n) − R(before), R rounding to base 5: it stands for a true
 * count within ±4. Between periods of one cell the attacker does better (see `alongTime`).
 */
const ROUNDING = 4

interface Bound {
  lo: number
  hi: number
}

/** What the attacker knows of one figure of a relation. */
function knowledge(published: number | null, trulySmall: boolean): Bound {
  if (published === null) return trulySmall ? { lo: 1, hi: K - 1 } : { lo: K, hi: Number.POSITIVE_INFINITY }
  if (published === 0) return { lo: 0, hi: 0 }
  return { lo: published - ROUNDING, hi: published + ROUNDING }
}

/** How many values of the target part remain possible given total = Σ parts. */
function possibleValues(total: Bound, target: Bound, others: Bound[]): number {
  const othersLo = others.reduce((sum, b) => sum + b.lo, 0)
  const othersHi = others.reduce((sum, b) => sum + b.hi, 0)
  const lo = Math.max(target.lo, total.lo - othersHi)
  const hi = Math.min(target.hi, total.hi - othersLo)
  return Number.isFinite(hi) ? Math.max(0, hi - lo + 1) : Number.POSITIVE_INFINITY
}

/**
 * What the attacker knows of a withheld part when the other parts are periods of the same cell: published
 * figures are differences of rounded running totals R(t), so total − Σ published parts is exactly
 * R(end) − R(start) of the remaining months, whose true count is within ±4 of it.
 */
function alongTime(total: number, published: number[], withheld: Bound[]): number {
  const d = total - published.reduce((sum, n) => sum + n, 0)
  return possibleValues({ lo: d - ROUNDING, hi: d + ROUNDING }, knowledge(null, true), withheld)
}

describe.each(backends())('differencing attacks on $name', (backend) => {
  let db: Database
  let server: TestServer
  let tops: string[]
  beforeAll(async () => {
    db = await preparedDatabase(backend)
    server = await serveApi(db, { LACUNES_K: String(K) })
    tops = (await get<Category[]>(server, '/api/categories')).body.filter((c) => c.parent_id === null).map((c) => c.id)
  })
  afterAll(async () => {
    await server?.close()
    await db?.close()
  })

  /** True demand per territory for a level, category and period, straight from the pre-aggregates. */
  async function trueDemand(level: string, category: string, from: string, to: string): Promise<Map<number, number>> {
    const rows = await db.query<{ territory_id: number; n: number }>(
      `SELECT rc.territory_id, sum(rc.n)::integer AS n FROM request_count rc JOIN territory t ON t.id = rc.territory_id
       WHERE t.level_id = $1 AND ($2 = 'all' OR rc.category_id = $2) AND rc.month BETWEEN $3::date AND $4::date GROUP BY 1`,
      [level, category, `${from}-01`, `${to}-01`],
    )
    return new Map(rows.map((r) => [r.territory_id, r.n]))
  }

  async function metrics(level: string, category: string, from: string, to: string): Promise<Map<number, MetricsRow>> {
    const { status, body } = await get<MetricsResponse>(server, `/api/metrics?level=${level}&category=${category}&from=${from}&to=${to}`)
    expect(status).toBe(200)
    return new Map(body.rows.map((row) => [row.territory_id, row]))
  }

  /** The published demand of a territory: null when withheld, 0 when the table has no row for it. */
  const demandOf = (table: Map<number, MetricsRow>, id: number): number | null => {
    const row = table.get(id)
    return row ? row.demand : 0
  }

  const small = (n: number | undefined) => n !== undefined && n >= 1 && n < K

  it('cannot recover a category from `all` and the other categories', async () => {
    let attacked = 0
    for (const level of ['mrc', 'neighbourhood']) {
      const period = ['2025-06', '2025-06'] as const
      const all = await metrics(level, 'all', ...period)
      const allTrue = await trueDemand(level, 'all', ...period)
      const byCategory = await Promise.all(tops.map(async (c) => ({ c, published: await metrics(level, c, ...period), truth: await trueDemand(level, c, ...period) })))
      for (const [id, row] of all) {
        const total = knowledge(row.demand, small(allTrue.get(id)))
        const parts = byCategory.map(({ published, truth }) => ({ published: demandOf(published, id), n: truth.get(id) ?? 0 }))
        const withheld = parts.filter((p) => p.published === null)
        // Complementary suppression: never exactly one withheld non-zero cell in the relation.
        expect(withheld.length + (row.demand === null ? 1 : 0), `${level} ${id}: ${JSON.stringify(parts)} all=${row.demand}`).not.toBe(1)
        for (const target of withheld) {
          if (!small(target.n)) continue
          attacked++
          const others = parts.filter((p) => p !== target).map((p) => knowledge(p.published, small(p.n)))
          expect(possibleValues(total, knowledge(null, true), others)).toBeGreaterThan(1)
        }
      }
    }
    expect(attacked).toBeGreaterThan(20)
  })

  it('cannot recover a municipality from its MRC and the other municipalities', async () => {
    const municipalities = (await get<TerritoryCollection>(server, '/api/territories?level=municipality')).body.features
    let attacked = 0
    for (const category of ['all', 'food', 'housing']) {
      const period = ['2025-03', '2025-03'] as const
      const mrcs = await metrics('mrc', category, ...period)
      const mrcTrue = await trueDemand('mrc', category, ...period)
      const published = await metrics('municipality', category, ...period)
      const truth = await trueDemand('municipality', category, ...period)
      const children = new Map<number, number[]>()
      for (const f of municipalities) {
        if (f.properties.parent_id === null) continue
        children.set(f.properties.parent_id, [...(children.get(f.properties.parent_id) ?? []), f.properties.id])
      }
      for (const [mrc, ids] of children) {
        const row = mrcs.get(mrc)
        if (!row) continue
        const parts = ids.map((id) => ({ published: demandOf(published, id), n: truth.get(id) ?? 0 }))
        const withheld = parts.filter((p) => p.published === null)
        expect(withheld.length + (row.demand === null ? 1 : 0)).not.toBe(1)
        for (const target of withheld) {
          if (!small(target.n)) continue
          attacked++
          const others = parts.filter((p) => p !== target).map((p) => knowledge(p.published, small(p.n)))
          expect(possibleValues(knowledge(row.demand, small(mrcTrue.get(mrc))), knowledge(null, true), others)).toBeGreaterThan(1)
        }
      }
    }
    expect(attacked).toBeGreaterThan(20)
  })

  it('cannot recover a month from a quarter and the other months, nor from two overlapping ranges', async () => {
    const months = ['2025-04', '2025-05', '2025-06']
    let attacked = 0
    for (const category of ['all', 'food', 'legal', 'newcomers']) {
      const quarter = await metrics('mrc', category, months[0] as string, months[2] as string)
      const single = await Promise.all(months.map((m) => metrics('mrc', category, m, m)))
      const singleTrue = await Promise.all(months.map((m) => trueDemand('mrc', category, m, m)))
      const lastTwo = await metrics('mrc', category, months[1] as string, months[2] as string)
      for (const [id, row] of quarter) {
        if (row.demand === null) continue
        const parts = single.map((m, i) => ({ published: demandOf(m, id), n: singleTrue[i]?.get(id) ?? 0 }))
        // The attacker model above holds because published periods telescope: months add up to the quarter.
        if (parts.every((p) => p.published !== null)) expect(parts.reduce((sum, p) => sum + (p.published as number), 0)).toBe(row.demand)
        parts.forEach((target, i) => {
          if (target.published !== null || !small(target.n)) return
          attacked++
          const others = parts.filter((_, j) => j !== i)
          const published = others.flatMap((p) => (p.published === null ? [] : [p.published]))
          const withheld = others.filter((p) => p.published === null).map((p) => knowledge(null, small(p.n)))
          expect(alongTime(row.demand as number, published, withheld), `${category} ${id}: quarter ${row.demand}, months ${JSON.stringify(parts)}`).toBeGreaterThan(1)
          const rest = demandOf(lastTwo, id)
          if (i === 0 && rest !== null) {
            // April = (April..June) − (May..June)
            expect(alongTime(row.demand as number, [rest], []), `${category} ${id}: April..June ${row.demand}, May..June ${rest}`).toBeGreaterThan(1)
          }
        })
      }
    }
    expect(attacked).toBeGreaterThan(20)
  })
})
