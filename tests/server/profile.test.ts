import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CompareResponse, MetricsResponse, TerritoryCollection, TerritoryProfile } from '../../core/api/types'
import type { Database } from '../../core/db/database'
import { getJson as get, serveApi, type TestServer } from '../support/api-server'
import { backends } from '../support/databases'
import { preparedDatabase } from '../support/prepared'

const PERIOD = 'from=2025-01&to=2025-12'

/** No published count may be a small one: null, 0, or a multiple of 5 from k up. */
function expectPublishable(count: number | null, k: number): void {
  if (count !== null) expect(count === 0 || (count >= k && count % 5 === 0), `count ${count}`).toBe(true)
}

describe.each(backends())('territory profiles and comparisons on $name', (backend) => {
  let db: Database
  let server: TestServer
  let mrcs: TerritoryCollection
  let memphremagog: number
  let profile: TerritoryProfile
  beforeAll(async () => {
    db = await preparedDatabase(backend)
    server = await serveApi(db)
    mrcs = (await get<TerritoryCollection>(server, '/api/territories?level=mrc')).body
    memphremagog = mrcs.features.find((f) => f.properties.name === 'Memphrémagog')?.properties.id as number
    profile = (await get<TerritoryProfile>(server, `/api/territories/${memphremagog}/profile?${PERIOD}`)).body
  })
  afterAll(async () => {
    await server?.close()
    await db?.close()
  })

  it('gives the totals, gap and deprivation of /api/metrics for the same period', async () => {
    const metrics = (await get<MetricsResponse>(server, `/api/metrics?level=mrc&category=all&${PERIOD}`)).body
    const row = metrics.rows.find((r) => r.territory_id === memphremagog)
    expect(profile.territory).toMatchObject({ id: memphremagog, name: 'Memphrémagog', level: 'mrc' })
    expect(profile.territory.parent_name).toBe('Estrie')
    expect(profile.totals).toMatchObject({ demand: row?.demand, demand_rate: row?.demand_rate, unmet: row?.unmet, gap: row?.gap, access: row?.access, deprivation: row?.deprivation })
    expect(profile.totals.demand).toBeGreaterThan(100)
    if (profile.totals.gap !== null) {
      expect(profile.gap_explanation?.fr).toMatch(/Demandes par 1 000 habitants .* accès .*/)
      expect(profile.gap_explanation?.en).toMatch(/Requests per 1,000 inhabitants .* access .*/)
    }
  })

  it('withholds each category exactly as /api/metrics does, and publishes only protected counts', async () => {
    expect(profile.by_category).toHaveLength(16)
    for (const category of profile.by_category) {
      const metrics = (await get<MetricsResponse>(server, `/api/metrics?level=mrc&category=${category.category_id}&${PERIOD}`)).body
      const row = metrics.rows.find((r) => r.territory_id === memphremagog)
      expect(category.demand, category.category_id).toBe(row?.demand)
      expect(category.unmet, category.category_id).toBe(row?.unmet)
      expect(category.supply).toBe(row?.supply)
      expectPublishable(category.demand, profile.k)
      expectPublishable(category.unmet, profile.k)
    }
    expect(profile.categories_without_service).toEqual(profile.by_category.filter((c) => c.supply === 0).map((c) => c.category_id))
    for (const id of profile.top_unmet) expect(profile.by_category.find((c) => c.category_id === id)?.unmet).toBeGreaterThan(0)
  })

  it('has one point per month of the period, each as /api/metrics publishes that month, adding up to the total', async () => {
    expect(profile.monthly.map((m) => m.month)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12'])
    const june = (await get<MetricsResponse>(server, '/api/metrics?level=mrc&category=all&from=2025-06&to=2025-06')).body.rows.find((r) => r.territory_id === memphremagog)
    expect(profile.monthly[5]?.demand).toBe(june?.demand)
    if (profile.monthly.every((m) => m.demand !== null)) {
      expect(profile.monthly.reduce((sum, m) => sum + (m.demand as number), 0)).toBe(profile.totals.demand)
    }
    for (const m of profile.monthly) expectPublishable(m.demand, profile.k)
  })

  it('answers a period of two centuries with one point per month, the months with requests as in a short period', async () => {
    // Found by tests/production/fuzz.test.ts: to=9999-12 looped forever, and every month of a long period cost
    // two queries even without requests.
    const { status, body } = await get<TerritoryProfile>(server, `/api/territories/${memphremagog}/profile?from=1900-01&to=2099-12`)
    expect(status).toBe(200)
    expect(body.monthly).toHaveLength(2400)
    expect(body.monthly[0]).toEqual({ month: '1900-01', demand: 0, unmet: 0, suppressed: false })
    expect(body.monthly.at(-1)?.month).toBe('2099-12')
    expect(body.monthly.filter((m) => m.month.startsWith('2025-'))).toEqual(profile.monthly)
  })

  it('breaks the demand down by municipality, age group and channel, as the outreach team reports it', async () => {
    const municipalities = (await get<MetricsResponse>(server, `/api/metrics?level=municipality&category=all&${PERIOD}`)).body
    const magog = profile.by_child.find((c) => c.name === 'Magog')
    expect(magog?.level).toBe('municipality')
    expect(magog?.demand).toBe(municipalities.rows.find((r) => r.territory_id === magog?.territory_id)?.demand)
    const published = profile.by_child.filter((c) => c.share !== null)
    expect(Math.max(...published.map((c) => c.share as number))).toBe(magog?.share)
    expect(profile.by_age_group.map((a) => a.age_group).sort()).toEqual(['0-17', '18-34', '35-49', '50-64', '65+', 'unknown'].filter((g) => profile.by_age_group.some((a) => a.age_group === g)))
    expect(profile.share_65_plus).toBeGreaterThan(0.05)
    expect(profile.by_channel.find((c) => c.channel === 'outreach')?.share).toBeGreaterThan(0.05)
    for (const parts of [profile.by_age_group, profile.by_channel, profile.by_child]) {
      // Complementary suppression within each breakdown: never exactly one withheld part.
      expect(parts.filter((p) => p.suppressed).length).not.toBe(1)
      for (const part of parts) expectPublishable(part.demand, profile.k)
    }
  })

  it('lists services serving the territory and says how the requests were located and when data was loaded', () => {
    expect(profile.services.length).toBeGreaterThan(5)
    expect(profile.services.length).toBeLessThanOrEqual(50)
    for (const s of profile.services) {
      expect(s.lon).toBeGreaterThan(-73)
      expect(s.lon).toBeLessThan(-71.5)
      expect(Array.isArray(s.categories)).toBe(true)
    }
    expect(profile.data.synthetic).toBe(true)
    expect(profile.data.last_import).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(Object.keys(profile.data.precision).length).toBeGreaterThan(0)
    for (const n of Object.values(profile.data.precision)) expectPublishable(n, profile.k)
  })

  it('compares three MRCs side by side with the same profiles', async () => {
    const ids = mrcs.features.filter((f) => ['Memphrémagog', 'Sherbrooke', 'Coaticook'].includes(f.properties.name)).map((f) => f.properties.id)
    expect(ids).toHaveLength(3)
    const { status, body } = await get<CompareResponse>(server, `/api/compare?ids=${ids.join(',')}&${PERIOD}`)
    expect(status).toBe(200)
    expect(body.profiles.map((p) => p.territory.id)).toEqual(ids)
    expect(body.profiles.find((p) => p.territory.id === memphremagog)).toEqual(profile)
  })

  it.each([
    ['/api/territories/abc/profile', 400, /^id: must be a territory id/],
    ['/api/territories/999999/profile', 404, /no territory with id 999999/],
    ['/api/territories/1/profile?from=2025-13', 400, /^from: must be a month/],
    ['/api/territories/1/profile?from=0000-01', 400, /^from: must be a month/],
    ['/api/territories/1/profile?to=9999-12', 400, /^to: must be a month/],
    ['/api/territories/1/profile?from=2025-06&to=2025-01', 400, /^from: 2025-06 is after to: 2025-01/],
    ['/api/compare?ids=1', 400, /^ids: give 2 to 4 territory ids/],
    ['/api/compare?ids=1,2,3,4,5', 400, /^ids: give 2 to 4 territory ids/],
    ['/api/compare?ids=1,1', 400, /^ids: each territory only once/],
    ['/api/compare?ids=1,x', 400, /^ids\.1: must be a territory id/],
    ['/api/compare', 400, /^ids: /],
  ])('GET %s is a %i naming the problem', async (path, status, message) => {
    const response = await get<{ error: { message: string } }>(server, path)
    expect(response.status).toBe(status)
    expect(response.body.error.message).toMatch(message)
  })
})
