import { cellToParent, getResolution, isValidCell } from 'h3-js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ApiError, DemandHexResponse, MetricsResponse } from '../../core/api/types'
import type { Database } from '../../core/db/database'
import { roundToBase } from '../../server/privacy/publish-count'
import { getJson as get, serveApi, type TestServer } from '../support/api-server'
import { backends } from '../support/databases'
import { preparedDatabase } from '../support/prepared'

const PERIOD = 'from=2025-01&to=2025-12'

/** No published count may be a small one: null, 0, or a multiple of 5 from k up. */
function expectPublishable(count: number | null, k: number): void {
  if (count !== null) expect(count === 0 || (count >= k && count % 5 === 0), `count ${count}`).toBe(true)
}

describe.each(backends())('GET /api/demand/hex on $name', (backend) => {
  let db: Database
  let server: TestServer
  beforeAll(async () => {
    db = await preparedDatabase(backend)
    server = await serveApi(db)
  })
  afterAll(async () => {
    await server?.close()
    await db?.close()
  })

  it('gives one cell per H3 index of the resolution, each count withheld below k or rounded to base 5', async () => {
    for (const res of [5, 6, 7, 8]) {
      const { status, body } = await get<DemandHexResponse>(server, `/api/demand/hex?res=${res}&category=food&${PERIOD}`)
      expect(status).toBe(200)
      expect(body).toMatchObject({ res, category: 'food', from: '2025-01', to: '2025-12', k: 10 })
      expect(body.cells.length).toBeGreaterThan(10)
      const ids = body.cells.map((c) => c.h3)
      expect(new Set(ids).size).toBe(ids.length)
      expect(ids).toEqual([...ids].sort())
      for (const cell of body.cells) {
        expect(isValidCell(cell.h3) && getResolution(cell.h3)).toBe(res)
        expect(cell.suppressed).toBe(cell.demand === null)
        if (cell.demand === null) expect(cell.unmet).toBeNull()
        // A cell with no demand in the period is left out, not published as 0.
        expect(cell.demand).not.toBe(0)
        expectPublishable(cell.demand, body.k)
        expectPublishable(cell.unmet, body.k)
      }
      expect(body.cells.some((c) => c.suppressed)).toBe(true)
      expect(body.cells.some((c) => !c.suppressed)).toBe(true)
    }
  })

  it('publishes each cell from the raw requests: withheld from 1 to k−1, else the step between rounded running totals', async () => {
    // Recomputed from the request table itself, not from the pre-aggregated place counts.
    const requests = await db.query<{ h3_r8: string; month: string; unmet: boolean; n: number }>(
      `SELECT p.h3_r8, to_char(r.month, 'YYYY-MM') AS month, r.outcome = 'unmet' AS unmet, count(*)::integer AS n
       FROM request AS r JOIN place AS p ON p.id = r.place_id JOIN category AS c ON c.id = r.category_id
       WHERE coalesce(c.parent_id, c.id) = 'housing' AND r.month <= '2025-12-01'
       GROUP BY 1, 2, 3`,
    )
    const exact = new Map<string, { demand: number; unmet: number; demandBefore: number; unmetBefore: number }>()
    for (const row of requests) {
      const cell = cellToParent(row.h3_r8, 6)
      const sums = exact.get(cell) ?? { demand: 0, unmet: 0, demandBefore: 0, unmetBefore: 0 }
      if (row.month >= '2025-01') {
        sums.demand += row.n
        if (row.unmet) sums.unmet += row.n
      } else {
        sums.demandBefore += row.n
        if (row.unmet) sums.unmetBefore += row.n
      }
      exact.set(cell, sums)
    }
    const { body } = await get<DemandHexResponse>(server, `/api/demand/hex?res=6&category=housing&${PERIOD}`)
    const expected = [...exact].filter(([, s]) => s.demand > 0).map(([cell]) => cell).sort()
    expect(body.cells.map((c) => c.h3)).toEqual(expected)
    for (const cell of body.cells) {
      const sums = exact.get(cell.h3)!
      if (sums.demand < body.k) {
        expect(cell.demand).toBeNull()
        continue
      }
      expect(cell.demand).toBe(roundToBase(sums.demandBefore + sums.demand) - roundToBase(sums.demandBefore))
      expect(Math.abs(cell.demand! - sums.demand)).toBeLessThanOrEqual(4)
      if (sums.unmet >= 1 && sums.unmet < body.k) expect(cell.unmet).toBeNull()
      else expect(cell.unmet).toBe(roundToBase(sums.unmetBefore + sums.unmet) - roundToBase(sums.unmetBefore))
    }
  })

  it('adds up, cell by cell, to about the demand /api/metrics gives the regions', async () => {
    for (const category of ['all', 'food']) {
      const [hex, metrics] = await Promise.all([
        get<DemandHexResponse>(server, `/api/demand/hex?res=5&category=${category}&${PERIOD}`),
        get<MetricsResponse>(server, `/api/metrics?level=region&category=${category}&${PERIOD}`),
      ])
      const cells = hex.body.cells.reduce((sum, c) => sum + (c.demand ?? 0), 0)
      const regions = metrics.body.rows.reduce((sum, r) => sum + (r.demand ?? 0), 0)
      const withheld = hex.body.cells.filter((c) => c.suppressed).length
      expect(regions).toBeGreaterThan(1000)
      // Each published cell is within ±4 of its count and each withheld one under k; regions likewise.
      expect(Math.abs(cells - regions)).toBeLessThanOrEqual(4 * hex.body.cells.length + 9 * withheld + 4 * metrics.body.rows.length + 9 * 17)
      // For every category together, few res-5 cells are small, so the sums nearly agree; one category of
      // the 30,000-request test data is spread thin enough that most cells are withheld (only the bound holds).
      if (category === 'all') expect(Math.abs(cells - regions) / regions).toBeLessThan(0.05)
      expect(cells).toBeLessThanOrEqual(regions + 4 * hex.body.cells.length + 4 * metrics.body.rows.length)
    }
  })

  it('gives no cell for a period without requests, and a period of one month within the year', async () => {
    const empty = await get<DemandHexResponse>(server, '/api/demand/hex?res=7&category=all&from=2019-01&to=2019-12')
    expect(empty.status).toBe(200)
    expect(empty.body.cells).toEqual([])
    const [month, year] = await Promise.all([
      get<DemandHexResponse>(server, '/api/demand/hex?res=6&category=all&from=2025-06&to=2025-06'),
      get<DemandHexResponse>(server, `/api/demand/hex?res=6&category=all&${PERIOD}`),
    ])
    const yearCells = new Set(year.body.cells.map((c) => c.h3))
    expect(month.body.cells.length).toBeGreaterThan(0)
    expect(month.body.cells.length).toBeLessThan(year.body.cells.length)
    expect(month.body.cells.every((c) => yearCells.has(c.h3))).toBe(true)
  })

  it('defaults to resolution 7, every category and the last 12 months, and caches with an ETag', async () => {
    const { status, body, headers } = await get<DemandHexResponse>(server, '/api/demand/hex')
    expect(status).toBe(200)
    expect(body).toMatchObject({ res: 7, category: 'all' })
    expect(body.from < body.to).toBe(true)
    const again = await get(server, '/api/demand/hex', { 'if-none-match': headers.get('etag') ?? '' })
    expect(again.status).toBe(304)
  })

  it('answers a bad parameter with a 400 naming it', async () => {
    const cases: [string, string][] = [
      ['res=4', 'res'],
      ['res=9', 'res'],
      ['res=seven', 'res'],
      ['category=nope', 'category'],
      ['from=2025-13', 'from'],
      ['to=2025', 'to'],
      ['from=2025-06&to=2025-01', 'from'],
    ]
    for (const [query, parameter] of cases) {
      const { status, body } = await get<ApiError>(server, `/api/demand/hex?${query}`)
      expect(status, query).toBe(400)
      expect(body.error.code).toBe('invalid_parameter')
      expect(body.error.message.startsWith(`${parameter}:`), body.error.message).toBe(true)
    }
  })
})
