/**
 * The two backends run the same SQL and must give the same answers: the same areas, the same
 * point-in-polygon assignments, the same value types.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../../core/db/database'
import { prepareDatabase } from '../../../etl/prepare'
import { backends } from '../../support/databases'

interface Snapshot {
  access: Record<string, number>
  areas: Record<string, number>
  assignments: Record<string, string>
  installations: Record<string, string | null>
}

const snapshots = new Map<string, Snapshot>()

describe.each(backends())('reference geodata on $name', (backend) => {
  let db: Database
  beforeAll(async () => {
    db = await backend.open()
    await prepareDatabase(db)
  })
  afterAll(() => db?.close())

  it('holds 17 regions, 104 MRCs and 1281 municipalities with populations summing to the decree total', async () => {
    const rows = await db.query<{ level_id: string; n: number; population: number }>(
      'SELECT level_id, count(*) AS n, sum(population) AS population FROM territory GROUP BY level_id ORDER BY level_id',
    )
    const byLevel = Object.fromEntries(rows.map((r) => [r.level_id, r]))
    expect(byLevel.region).toMatchObject({ n: 17, population: 9_058_297 })
    expect(byLevel.mrc).toMatchObject({ n: 104, population: 9_058_297 })
    expect(byLevel.municipality).toMatchObject({ n: 1281, population: 9_058_297 })
    expect(byLevel.neighbourhood?.n).toBe(91 + 35 + 116)
  })

  it('stores only valid polygons, each MRC inside its region', async () => {
    const [invalid] = await db.query<{ n: number }>('SELECT count(*) AS n FROM territory WHERE NOT ST_IsValid(geom) OR NOT ST_IsValid(geom_display)')
    expect(invalid?.n).toBe(0)
    const [outside] = await db.query<{ n: number }>(
      `SELECT count(*) AS n FROM territory m JOIN territory r ON r.id = m.parent_id
       WHERE m.level_id = 'mrc' AND ST_Area(ST_Difference(m.geom, r.geom)::geography) > 1e6`,
    )
    expect(outside?.n).toBe(0)
  })

  it('loads the public installations as real supply', async () => {
    const [row] = await db.query<{ n: number; synthetic: number }>(
      `SELECT count(*) AS n, count(*) FILTER (WHERE synthetic) AS synthetic FROM organization WHERE source = 'msss-m02'`,
    )
    expect(row?.n).toBeGreaterThan(1500)
    expect(row?.synthetic).toBe(0)
  })

  it('loading the same geodata again changes nothing', async () => {
    const before = await db.query('SELECT count(*) AS n FROM territory')
    const result = await prepareDatabase(db)
    expect(result.reference.loaded).toBe(false)
    expect(await db.query('SELECT count(*) AS n FROM territory')).toEqual(before)
  })

  it('computes areas and point-in-polygon assignments (recorded for the cross-backend check)', async () => {
    const areas = await db.query<{ code: string; area: number }>(
      `SELECT code, round(area_km2::numeric, 3) AS area FROM territory WHERE level_id = 'mrc' ORDER BY code`,
    )
    // Montréal's agglomeration is about 500 km² of land and water inside its limits.
    const montreal = areas.find((a) => a.code === '66')
    expect(montreal?.area).toBeGreaterThan(400)
    expect(montreal?.area).toBeLessThan(800)
    const assignments = await db.query<{ code: string; mrc: string }>(
      `SELECT m.code, string_agg(p.code, ',' ORDER BY p.code) AS mrc
       FROM territory m JOIN territory p ON p.level_id = 'mrc' AND ST_Intersects(p.geom, m.centroid)
       WHERE m.level_id = 'municipality' GROUP BY m.code ORDER BY m.code`,
    )
    // Centroids of municipalities fall in their own MRC, but for a handful of odd shapes by the border.
    const own = await db.query<{ code: string; parent: string }>(
      `SELECT m.code, p.code AS parent FROM territory m JOIN territory p ON p.id = m.parent_id WHERE m.level_id = 'municipality'`,
    )
    const parent = new Map(own.map((r) => [r.code, r.parent]))
    const mismatches = assignments.filter((a) => !a.mrc.split(',').includes(parent.get(a.code) ?? ''))
    expect(mismatches.length).toBeLessThanOrEqual(6)
    const installations = await db.query<{ source_key: string; code: string | null }>(
      `SELECT o.source_key, (SELECT t.code FROM territory t WHERE t.level_id = 'neighbourhood' AND ST_Intersects(t.geom, l.geom) ORDER BY t.code LIMIT 1) AS code
       FROM organization o JOIN location l ON l.organization_id = o.id WHERE o.source = 'msss-m02' ORDER BY o.source_key`,
    )
    const access = await db.query<{ code: string; access: number }>(
      `SELECT t.code, a.access FROM access_value a JOIN territory t ON t.id = a.territory_id
       WHERE t.level_id = 'mrc' AND a.category_id = 'health' ORDER BY t.code`,
    )
    expect(access.length).toBeGreaterThanOrEqual(103)
    snapshots.set(backend.name, {
      access: Object.fromEntries(access.map((a) => [a.code, a.access])),
      areas: Object.fromEntries(areas.map((a) => [a.code, a.area])),
      assignments: Object.fromEntries(assignments.map((a) => [a.code, a.mrc])),
      installations: Object.fromEntries(installations.map((i) => [i.source_key, i.code])),
    })
  })
})

describe('PGlite and PostGIS', () => {
  it('give the same areas, point-in-polygon assignments and access values', () => {
    const pglite = snapshots.get('pglite')
    const postgis = snapshots.get('postgis')
    if (!pglite || !postgis) return // Only one backend ran: already reported by backends().
    expect(Object.keys(pglite.areas)).toHaveLength(104)
    expect(postgis.areas).toEqual(pglite.areas)
    expect(postgis.assignments).toEqual(pglite.assignments)
    expect(postgis.installations).toEqual(pglite.installations)
    // Access of the public installations per MRC: same inputs from both, so the same numbers.
    for (const [code, value] of Object.entries(pglite.access)) expect(postgis.access[code]).toBeCloseTo(value, 12)
  })
})
