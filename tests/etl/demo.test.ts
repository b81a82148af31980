import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../core/db/database'
import { runDemo } from '../../etl/demo/run-demo'
import { pglite } from '../support/databases'
import { preparedDatabase } from '../support/prepared'

const OPTIONS = { requests: 20_000, organizations: 600, seed: 42 }

/** A fingerprint of the stored demo data that ignores nothing a user could see. */
async function fingerprint(db: Database) {
  return db.query(`SELECT rc.category_id, rc.outcome, rc.channel, sum(rc.n) AS n, count(DISTINCT rc.territory_id) AS territories
                   FROM request_count rc GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`)
}

describe('the demo dataset', () => {
  let db: Database
  beforeAll(async () => {
    db = await preparedDatabase(pglite, false)
    await runDemo(db, OPTIONS)
  })
  afterAll(() => db?.close())

  it('stores the requested volume, flagged synthetic, over 24 months', async () => {
    const [row] = await db.query<{ n: number; synthetic: number; months: number; orgs: number }>(
      `SELECT count(*) AS n, count(*) FILTER (WHERE synthetic) AS synthetic, count(DISTINCT month) AS months,
              (SELECT count(*) FROM organization WHERE source = 'demo' AND synthetic) AS orgs FROM request`,
    )
    expect(row).toMatchObject({ n: 20_000, synthetic: 20_000, months: 24 })
    expect(row?.orgs).toBeGreaterThan(500)
    expect(row?.orgs).toBeLessThan(700)
  })

  it('asks for housing first, then food', async () => {
    const rows = await db.query<{ category: string }>(
      `SELECT coalesce(c.parent_id, c.id) AS category FROM request r JOIN category c ON c.id = r.category_id GROUP BY 1 ORDER BY count(*) DESC LIMIT 2`,
    )
    expect(rows.map((r) => r.category)).toEqual(['housing', 'food'])
  })

  it('follows the Memphrémagog outreach pattern: half in Magog, a quarter in Potton, a fifth in Stanstead, 30 % aged 65+', async () => {
    const rows = await db.query<{ name: string; n: number; seniors: number }>(
      `SELECT m.name, count(*) AS n, count(*) FILTER (WHERE r.age_group = '65+') AS seniors
       FROM request r JOIN place_territory pt ON pt.place_id = r.place_id AND pt.level_id = 'municipality'
       JOIN territory m ON m.id = pt.territory_id
       WHERE r.channel = 'outreach' AND m.parent_id = (SELECT id FROM territory WHERE level_id = 'mrc' AND code = '45')
       GROUP BY m.name`,
    )
    const total = rows.reduce((sum, r) => sum + r.n, 0)
    // About 1,664 people a year over 24 months, plus the outreach share of the general population there.
    expect(total).toBeGreaterThan(3300)
    expect(total).toBeLessThan(3500)
    const share = (name: string) => (rows.find((r) => r.name === name)?.n ?? 0) / total
    expect(share('Magog')).toBeGreaterThan(0.45)
    expect(share('Potton')).toBeGreaterThan(0.2)
    expect(share('Stanstead')).toBeGreaterThan(0.16)
    const seniors = rows.reduce((sum, r) => sum + r.seniors, 0) / total
    expect(seniors).toBeGreaterThan(0.27)
    expect(seniors).toBeLessThan(0.4)
  })

  it('leaves a need unmet more often where its supply is scarce', async () => {
    const rows = await db.query<{ supply_per_10k: number; unmet_share: number }>(
      `SELECT coalesce(s.serving, 0) * 10000.0 / t.population AS supply_per_10k,
              sum(rc.n) FILTER (WHERE rc.outcome = 'unmet')::float / sum(rc.n) AS unmet_share
       FROM request_count rc JOIN territory t ON t.id = rc.territory_id AND t.level_id = 'mrc'
       LEFT JOIN supply_count s ON s.territory_id = t.id AND s.category_id = 'housing'
       WHERE rc.category_id = 'housing' GROUP BY t.id, s.serving, t.population HAVING sum(rc.n) >= 30`,
    )
    const sorted = [...rows].sort((a, b) => a.supply_per_10k - b.supply_per_10k)
    const third = Math.floor(sorted.length / 3)
    const mean = (list: typeof rows) => list.reduce((s, r) => s + r.unmet_share, 0) / list.length
    expect(mean(sorted.slice(0, third))).toBeGreaterThan(mean(sorted.slice(-third)))
  })

  it('places every request in its MRC and region, and Montréal requests in a neighbourhood', async () => {
    const [row] = await db.query<{ quebec_without_mrc: number; ottawa: number; montreal_without_neighbourhood: number }>(
      `SELECT
         (SELECT count(*) FROM request r
            WHERE NOT EXISTS (SELECT 1 FROM place_territory pt WHERE pt.place_id = r.place_id AND pt.level_id = 'mrc')
              AND NOT EXISTS (SELECT 1 FROM place_territory pt JOIN territory t ON t.id = pt.territory_id
                              WHERE pt.place_id = r.place_id AND t.code LIKE 'OTT-%')) AS quebec_without_mrc,
         (SELECT count(*) FROM request r JOIN place_territory pt ON pt.place_id = r.place_id AND pt.level_id = 'neighbourhood'
            JOIN territory t ON t.id = pt.territory_id WHERE t.code LIKE 'OTT-%') AS ottawa,
         (SELECT count(*) FROM request r JOIN place p ON p.id = r.place_id JOIN territory m ON m.id = p.municipality_id
            WHERE m.code = '66023' AND NOT EXISTS (SELECT 1 FROM place_territory pt WHERE pt.place_id = r.place_id AND pt.level_id = 'neighbourhood')) AS montreal_without_neighbourhood`,
    )
    // Ottawa requests are outside Quebec and have no MRC; every other request has one.
    expect(row?.quebec_without_mrc).toBe(0)
    expect(row?.ottawa).toBeGreaterThan(0)
    expect(row?.montreal_without_neighbourhood).toBe(0)
  })

  it('stores no location finer than an H3 resolution-8 cell', async () => {
    const [row] = await db.query<{ bad: number }>(`SELECT count(*) AS bad FROM place WHERE h3_r8 IS NOT NULL AND h3_r8 !~ '^88'`)
    expect(row?.bad).toBe(0)
  })

  it('is the same for the same seed, and rerunning it with the same options changes nothing', async () => {
    const before = await fingerprint(db)
    expect((await runDemo(db, OPTIONS)).skipped).toBe(true)
    const other = await preparedDatabase(pglite, false)
    try {
      await runDemo(other, OPTIONS)
      expect(await fingerprint(other)).toEqual(before)
    } finally {
      await other.close()
    }
  })
})
