import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MetricsResponse, MonthlyDemandResponse } from '../../core/api/types'
import type { Database } from '../../core/db/database'
import { getJson as get, serveApi, type TestServer } from '../support/api-server'
import { backends } from '../support/databases'
import { preparedDatabase } from '../support/prepared'

describe.each(backends())('GET /api/demand/monthly on $name', (backend) => {
  let db: Database
  let server: TestServer
  beforeAll(async () => {
    db = await preparedDatabase(backend)
    server = await serveApi(db)
  })
  /** Requests of the regions and of Ottawa's neighbourhoods (the territories without a parent), straight from the counts. */
  async function trueTotal(category: string, from: string, to: string): Promise<number> {
    const [row] = await db.query<{ n: number }>(
      `SELECT coalesce(sum(rc.n), 0)::integer AS n FROM request_count rc JOIN territory t ON t.id = rc.territory_id
       WHERE t.parent_id IS NULL AND ($1 = 'all' OR rc.category_id = $1) AND rc.month BETWEEN $2::date AND $3::date`,
      [category, `${from}-01`, `${to}-01`],
    )
    return row?.n ?? 0
  }
  afterAll(async () => {
    await server?.close()
    await db?.close()
  })

  it('gives every month of the data in order, protected, adding up to the true total within rounding', async () => {
    const { status, body } = await get<MonthlyDemandResponse>(server, '/api/demand/monthly')
    expect(status).toBe(200)
    expect(body.months[0]?.month).toBe('2024-11')
    expect(body.months.at(-1)?.month).toBe('2026-10')
    expect(body.months).toHaveLength(24)
    const n = await trueTotal('all', '2024-11', '2026-10')
    const sum = body.months.reduce((total, m) => total + (m.demand ?? 0), 0)
    // Running totals rounded to base 5: the months add up to the rounded grand total.
    expect(n).toBeGreaterThan(25_000)
    expect(Math.abs(sum - n)).toBeLessThanOrEqual(2)
    for (const m of body.months) expect(m.demand === null || m.demand % 5 === 0).toBe(true)
  })

  it('counts Quebec and Ottawa for a category, each month within ±4 of the truth', async () => {
    const monthly = (await get<MonthlyDemandResponse>(server, '/api/demand/monthly?category=food')).body
    const june = monthly.months.find((m) => m.month === '2025-06')?.demand as number
    const truth = await trueTotal('food', '2025-06', '2025-06')
    expect(truth).toBeGreaterThan(100)
    expect(Math.abs(june - truth)).toBeLessThanOrEqual(4)
    // More than the regions alone: Ottawa is in.
    const regions = (await get<MetricsResponse>(server, '/api/metrics?level=region&category=food&from=2025-06&to=2025-06')).body.rows
    expect(june).toBeGreaterThan(regions.reduce((total, r) => total + (r.demand ?? 0), 0))
  })

  it('is a 400 naming a bad category or outcome', async () => {
    expect((await get<{ error: { message: string } }>(server, '/api/demand/monthly?category=pizza')).body.error.message).toMatch(/^category: unknown category/)
    expect((await get<{ error: { message: string } }>(server, '/api/demand/monthly?outcome=maybe')).status).toBe(400)
  })
})
