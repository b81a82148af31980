import { cellToLatLng, getResolution, isValidCell } from 'h3-js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { catchmentRadius } from '../../core/access'
import type { ApiError, SuggestSitesResponse } from '../../core/api/types'
import type { Database } from '../../core/db/database'
import { getJson as get, serveApi, type TestServer } from '../support/api-server'
import { backends } from '../support/databases'
import { preparedDatabase } from '../support/prepared'

const PERIOD = 'from=2025-01&to=2025-12'

/** No published count may be a small one: null, 0, or a multiple of 5 from k up. */
function expectPublishable(count: number | null, k: number): void {
  if (count !== null) expect(count === 0 || (count >= k && count % 5 === 0), `count ${count}`).toBe(true)
}

/** The answers of each backend, to compare them once both have run. */
const answers = new Map<string, SuggestSitesResponse[]>()

describe.each(backends())('GET /api/suggest-sites on $name', (backend) => {
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

  /**
   * Unmet requests of the category in 2025 that each pick newly reaches, recomputed from the request table: places
   * within the pick's catchment (urban or rural, by the place's setting) and not within an earlier pick's.
   */
  async function newlyCovered(sites: SuggestSitesResponse['sites'], category: string): Promise<number[]> {
    const rows = await db.query<{ rank: number; n: number }>(
      `WITH pick AS (
         SELECT ord::integer AS rank, ST_Transform(ST_SetSRID(ST_MakePoint(lon, lat), 4326), 32198) AS xy
         FROM unnest($1::double precision[], $2::double precision[]) WITH ORDINALITY AS p (lon, lat, ord)
       ),
       unmet AS MATERIALIZED (
         SELECT r.place_id, count(*)::integer AS n
         FROM request AS r JOIN category AS c ON c.id = r.category_id
         WHERE r.outcome = 'unmet' AND ($5 = 'all' OR coalesce(c.parent_id, c.id) = $5) AND r.month BETWEEN '2025-01-01' AND '2025-12-01'
         GROUP BY r.place_id
       ),
       place_reach AS MATERIALIZED (
         SELECT u.place_id, u.n, ST_Transform(p.point, 32198) AS xy,
                CASE WHEN EXISTS (SELECT 1 FROM place_territory AS pt JOIN territory AS t ON t.id = pt.territory_id
                                  WHERE pt.place_id = p.id AND (pt.level_id = 'neighbourhood' OR (pt.level_id = 'municipality' AND t.population >= 10000)))
                     THEN $3::double precision ELSE $4::double precision END AS reach
         FROM unmet AS u JOIN place AS p ON p.id = u.place_id
       ),
       first_pick AS MATERIALIZED (
         SELECT pr.place_id, pr.n, min(pick.rank) AS rank FROM place_reach AS pr JOIN pick ON ST_Distance(pick.xy, pr.xy) <= pr.reach GROUP BY pr.place_id, pr.n
       )
       SELECT rank, sum(n)::integer AS n FROM first_pick GROUP BY rank`,
      [sites.map((s) => s.lon), sites.map((s) => s.lat), catchmentRadius(category, 'urban'), catchmentRadius(category, 'rural'), category],
    )
    return sites.map((s) => rows.find((r) => r.rank === s.rank)?.n ?? 0)
  }

  /** Each pick's published figures against the exact counts: decreasing, within rounding, adding up. */
  async function expectExactPicks(body: SuggestSitesResponse, category: string): Promise<void> {
    const exact = await newlyCovered(body.sites, category)
    expect(exact[0]).toBeGreaterThanOrEqual(body.k)
    for (let i = 1; i < exact.length; i++) expect(exact[i]).toBeLessThanOrEqual(exact[i - 1]!)
    expect(exact.every((n) => n > 0)).toBe(true)
    let cumulative = 0
    body.sites.forEach((site, i) => {
      cumulative += exact[i]!
      if (exact[i]! < body.k) expect(site.covered_unmet).toBeNull()
      else expect(Math.abs(site.covered_unmet! - exact[i]!)).toBeLessThanOrEqual(4)
      expect(Math.abs(site.cumulative_unmet! - cumulative)).toBeLessThanOrEqual(2)
      // Published picks add up to the published running total.
      const previous = i === 0 ? 0 : body.sites[i - 1]!.cumulative_unmet!
      if (site.covered_unmet !== null) expect(site.cumulative_unmet! - previous).toBe(site.covered_unmet)
    })
    expect(body.total_unmet).toBeGreaterThanOrEqual(body.sites.at(-1)!.cumulative_unmet!)
  }

  it('picks H3 cell centres in decreasing order of the unmet demand each newly covers, published as counts', async () => {
    const { status, body } = await get<SuggestSitesResponse>(server, `/api/suggest-sites?level=mrc&category=food&count=5&${PERIOD}`)
    expect(status).toBe(200)
    answers.set(backend.name, [...(answers.get(backend.name) ?? []), body])
    expect(body).toMatchObject({ level: 'mrc', category: 'food', from: '2025-01', to: '2025-12', k: 10, catchment_m: 25_000, catchment_urban_m: 3_000 })
    expect(body.sites).toHaveLength(5)
    expect(body.sites.map((s) => s.rank)).toEqual([1, 2, 3, 4, 5])
    for (const site of body.sites) {
      expect(site.candidate).toBe('h3')
      expect(isValidCell(site.candidate_id) && getResolution(site.candidate_id)).toBe(7)
      const [lat, lon] = cellToLatLng(site.candidate_id)
      expect(site.lon).toBeCloseTo(lon, 9)
      expect(site.lat).toBeCloseTo(lat, 9)
      expectPublishable(site.covered_unmet, body.k)
      expectPublishable(site.cumulative_unmet, body.k)
    }
    expect(new Set(body.sites.map((s) => s.candidate_id)).size).toBe(5)

    await expectExactPicks(body, 'food')
  })

  it('names the territory of the level that holds each pick', async () => {
    const { body } = await get<SuggestSitesResponse>(server, `/api/suggest-sites?level=mrc&category=food&count=3&${PERIOD}`)
    for (const site of body.sites) {
      const [holder] = await db.query<{ name: string }>(
        `SELECT name FROM territory WHERE level_id = 'mrc' AND ST_Intersects(geom, ST_SetSRID(ST_MakePoint($1, $2), 4326))`,
        [site.lon, site.lat],
      )
      expect(site.territory_name).toBe(holder?.name)
    }
    // The demo's outreach team works in Memphrémagog: its unmet food requests draw a pick there.
    expect(body.sites.map((s) => s.territory_name)).toContain('Memphrémagog')
  })

  it('picks municipalities by their point, named as themselves at the municipality level', async () => {
    const { status, body } = await get<SuggestSitesResponse>(server, `/api/suggest-sites?level=municipality&category=all&count=10&candidates=municipality&${PERIOD}`)
    expect(status).toBe(200)
    answers.set(backend.name, [...(answers.get(backend.name) ?? []), body])
    expect(body).toMatchObject({ catchment_m: catchmentRadius('all', 'rural'), catchment_urban_m: catchmentRadius('all', 'urban') })
    expect(body.sites).toHaveLength(10)
    for (const site of body.sites) {
      expect(site.candidate).toBe('municipality')
      const [municipality] = await db.query<{ name: string; lon: number; lat: number }>(
        `SELECT name, ST_X(centroid) AS lon, ST_Y(centroid) AS lat FROM territory WHERE level_id = 'municipality' AND code = $1`,
        [site.candidate_id],
      )
      expect(municipality).toBeDefined()
      expect(site).toMatchObject({ territory_name: municipality?.name, lon: municipality?.lon, lat: municipality?.lat })
      expectPublishable(site.covered_unmet, body.k)
    }
    await expectExactPicks(body, 'all')
  })

  it('suggests nothing, with a total of 0, for a period without requests', async () => {
    const { status, body } = await get<SuggestSitesResponse>(server, '/api/suggest-sites?level=mrc&category=food&from=2019-01&to=2019-12')
    expect(status).toBe(200)
    expect(body.total_unmet).toBe(0)
    expect(body.sites).toEqual([])
  })

  it('answers a bad parameter with a 400 naming it', async () => {
    const cases: [string, string][] = [
      ['category=food', 'level'],
      ['level=nope', 'level'],
      ['level=mrc&category=nope', 'category'],
      ['level=mrc&count=0', 'count'],
      ['level=mrc&count=11', 'count'],
      ['level=mrc&count=three', 'count'],
      ['level=mrc&candidates=postal_code', 'candidates'],
      ['level=mrc&from=2025-00', 'from'],
      ['level=mrc&from=2025-06&to=2025-01', 'from'],
    ]
    for (const [query, parameter] of cases) {
      const { status, body } = await get<ApiError>(server, `/api/suggest-sites?${query}`)
      expect(status, query).toBe(400)
      expect(body.error.code).toBe('invalid_parameter')
      expect(body.error.message.startsWith(`${parameter}:`), body.error.message).toBe(true)
    }
  })
})

describe.skipIf(backends().length < 2)('GET /api/suggest-sites on both backends', () => {
  it('makes the same picks with the same figures', () => {
    const [pglite, postgis] = [answers.get('pglite'), answers.get('postgis')]
    expect(pglite).toHaveLength(2)
    expect(postgis).toEqual(pglite)
  })
})
