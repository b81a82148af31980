/**
 * refresh-supply-count.sql settles most (service radius, territory) pairs with a planar test in
 * degrees (within radius / 112 km of degrees is within the radius) before the geodesic one. That
 * shortcut must never count a territory the geodesic test would not: checked across Quebec's
 * latitudes and radii up to 150 km, against every territory the reference geodata holds.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../../../core/db/database'
import { backends } from '../../../support/databases'
import { preparedDatabase } from '../../../support/prepared'

/** The shortcut's metres per degree, as the query writes it. */
const SQL = readFileSync(new URL('../../../../core/db/queries/refresh-supply-count.sql', import.meta.url), 'utf8')
const METRES_PER_DEGREE = /ST_DWithin\(o\.geom_display, sp\.geom, sa\.radius_m \/ ([0-9.]+)\)/.exec(SQL)?.[1]

describe.each(backends())('the supply counts radius shortcut on $name', (backend) => {
  let db: Database
  beforeAll(async () => {
    db = await preparedDatabase(backend, false)
  })
  afterAll(() => db?.close())

  it('never admits a territory farther than the radius on the ellipsoid', async () => {
    expect(METRES_PER_DEGREE).toBeDefined()
    const [row] = await db.query<{ candidates: number; cheap: number; wrong: number }>(`
      WITH point AS (
        SELECT ST_SetSRID(ST_MakePoint(-79.5 + (i % 15) * 1.3, 45.0 + (i / 15) * 1.2), 4326) AS geom,
               1000 + (i * 7919) % 150000 AS radius_m
        FROM generate_series(0, 179) AS i
      ),
      pair AS (
        SELECT t.geom_display, p.geom, p.radius_m
        FROM point AS p
        JOIN territory AS t ON t.geom IS NOT NULL AND ST_DWithin(t.geom, p.geom, p.radius_m / 60000.0)
      )
      SELECT count(*) AS candidates,
             count(*) FILTER (WHERE ST_DWithin(geom_display, geom, radius_m / ${METRES_PER_DEGREE})) AS cheap,
             count(*) FILTER (WHERE ST_DWithin(geom_display, geom, radius_m / ${METRES_PER_DEGREE})
                              AND NOT ST_DWithin(geom_display::geography, geom::geography, radius_m)) AS wrong
      FROM pair`)
    expect(Number(row?.wrong)).toBe(0)
    // Not vacuous: the shortcut settles many pairs, and leaves others to the geodesic test.
    expect(Number(row?.cheap)).toBeGreaterThan(100)
    expect(Number(row?.candidates)).toBeGreaterThan(Number(row?.cheap))
  })
})
