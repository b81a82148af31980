/** `load travel-times` and `access export-points`: a loaded table replaces distances for the points it lists. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { catchmentMinutes } from '../../../core/access'
import type { Database } from '../../../core/db/database'
import { exportAccessPoints } from '../../../etl/access/export-points'
import { loadTravelTimes } from '../../../etl/load/travel-times'
import { InputError } from '../../../etl/read/types'
import { backends } from '../../support/databases'
import { tempFiles } from '../../support/files'
import { preparedDatabase } from '../../support/prepared'

const files = tempFiles()
afterAll(() => files.remove())

interface AccessRow {
  territory_id: number
  category_id: string
  access: number
  no_access_population: number
}

describe.each(backends())('travel-time tables on $name', (backend) => {
  let db: Database
  /** Magog: a demand point (a municipality not divided into neighbourhoods). */
  let magog: { id: number; population: number }
  /** A location offering food, and one offering housing but no food, both in Magog's region. */
  let foodLocation: string
  let housingOnly: string
  let before: Map<string, AccessRow>
  let counter = 0

  const access = async (): Promise<Map<string, AccessRow>> =>
    new Map((await db.query<AccessRow>('SELECT territory_id, category_id, access, no_access_population::integer AS no_access_population FROM access_value')).map((r) => [`${r.territory_id}:${r.category_id}`, r]))
  const write = (text: string) => files.write(`${backend.name}-${counter++}.csv`, text)
  const pairCount = async () => (await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM travel_cost'))[0]?.n

  beforeAll(async () => {
    db = await preparedDatabase(backend)
    const [m] = await db.query<{ id: number; population: number }>(`SELECT id, population FROM territory WHERE level_id = 'municipality' AND name = 'Magog'`)
    magog = m!
    const near = `ST_DWithin(geom::geography, (SELECT centroid::geography FROM territory WHERE id = $1), 40000)`
    const [food] = await db.query<{ id: string }>(`SELECT location_id::text AS id FROM service_point WHERE category_id = 'food' AND ${near} ORDER BY location_id LIMIT 1`, [magog.id])
    const [housing] = await db.query<{ id: string }>(
      `SELECT location_id::text AS id FROM service_point AS s WHERE category_id = 'housing' AND ${near}
         AND NOT EXISTS (SELECT 1 FROM service_point AS f WHERE f.location_id = s.location_id AND f.category_id = 'food')
       ORDER BY location_id LIMIT 1`,
      [magog.id],
    )
    foodLocation = food!.id
    housingOnly = housing!.id
    before = await access()
  })
  afterAll(async () => {
    await db?.close()
  })

  it('exports the demand points and service locations a travel-time table refers to', async () => {
    const out = join(files.dir, `export-${backend.name}`)
    const result = await exportAccessPoints(db, out)
    const demand = readFileSync(join(out, 'demand_points.csv'), 'utf8').trim().split('\n')
    const sites = readFileSync(join(out, 'sites.csv'), 'utf8').trim().split('\n')
    expect(demand[0]).toBe('id,lon,lat,population,setting')
    expect(sites[0]).toBe('id,lon,lat')
    expect(demand.length - 1).toBe(result.demandPoints.rows)
    expect(sites.length - 1).toBe(result.sites.rows)
    expect(demand.some((line) => line.startsWith(`${magog.id},`))).toBe(true)
    expect(sites.some((line) => line.startsWith(`${foodLocation},`))).toBe(true)
    const [distinct] = await db.query<{ n: number }>('SELECT count(DISTINCT location_id)::integer AS n FROM service_point')
    expect(result.sites.rows).toBe(distinct?.n)
  })

  it('uses the listed minutes for the points in the table: other sites become unreachable, far points keep their access', async () => {
    const report = await loadTravelTimes(db, write(`origin,dest,minutes\n${magog.id},${foodLocation},5\n${magog.id},${housingOnly},12.5\n`))
    expect(report).toMatchObject({ pairs: 2, origins: 1, locations: 2 })
    const after = await access()
    const food = after.get(`${magog.id}:food`)!
    const housing = after.get(`${magog.id}:housing`)!
    // Magog reaches exactly one food site now, within 10 urban or 30 rural minutes either way.
    expect(5).toBeLessThanOrEqual(catchmentMinutes('food', 'urban'))
    expect(food.access).toBeGreaterThan(0)
    expect(food.access).not.toBe(before.get(`${magog.id}:food`)!.access)
    expect(food.no_access_population).toBe(0)
    expect(housing.access).toBeGreaterThan(0)
    // Legal help has no pair in the table: unreachable, however close its offices are.
    expect(before.get(`${magog.id}:legal`)?.no_access_population ?? 0).toBe(0)
    expect(after.get(`${magog.id}:legal`)).toMatchObject({ access: 0, no_access_population: magog.population })
    // Montréal is 120 km away: none of its catchments include Magog, so nothing changes there.
    const montreal = await db.query<{ id: number }>(`SELECT id FROM territory WHERE level_id = 'neighbourhood' AND attributes->>'city' = 'Montréal'`)
    expect(montreal.length).toBeGreaterThan(5)
    for (const { id } of montreal) expect(after.get(`${id}:food`)).toEqual(before.get(`${id}:food`))
  })

  it('treats a pair beyond the catchment in minutes as unreachable, and reads a cost column as minutes', async () => {
    await loadTravelTimes(db, write(`origin,dest,cost\n${magog.id},${foodLocation},${catchmentMinutes('food', 'rural') + 1}\n`))
    expect(await pairCount()).toBe(1)
    expect((await access()).get(`${magog.id}:food`)).toMatchObject({ access: 0, no_access_population: magog.population })
  })

  it('rejects a bad file with its row and field, and keeps the table loaded before it', async () => {
    await loadTravelTimes(db, write(`origin,dest,minutes\n${magog.id},${foodLocation},5\n`))
    const loaded = await access()
    const good = `${magog.id},${foodLocation},5`
    const cases: [string, RegExp][] = [
      [`origin,dest,minutes\n${good}\n999999999,${foodLocation},5\n`, /row 3, field "origin": origin "999999999" is not a demand point id/],
      [`origin,dest,minutes\n${good}\n${magog.id},00000000-0000-0000-0000-000000000000,5\n`, /row 3, field "dest": dest "0{8}-.*" is not the id of a service location/],
      [`origin,dest,minutes\n${magog.id},${housingOnly},-3\n`, /row 2, field "minutes": -3 is negative/],
      [`origin,dest,minutes\n${magog.id},${housingOnly},soon\n`, /row 2, field "minutes": "soon" is not a number/],
      [`origin,dest,minutes\n${good}\n${magog.id},${foodLocation},7\n`, /row 3, field "dest": pair .* is listed twice \(first on row 2\)/],
      [`origin,dest,seconds\n${good}\n`, /row 1, field "minutes": missing column "minutes" \(or "cost"\)/],
      [`origin,minutes\n${magog.id},5\n`, /row 1, field "dest": missing column "dest"/],
    ]
    for (const [text, message] of cases) {
      const file = write(text)
      const error = await loadTravelTimes(db, file).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(InputError)
      expect((error as Error).message).toMatch(message)
      expect((error as Error).message.startsWith(file)).toBe(true)
    }
    expect(await pairCount()).toBe(1)
    expect(await access()).toEqual(loaded)
  })

  it('goes back to distances when a table with no rows is loaded', async () => {
    await loadTravelTimes(db, write('origin,dest,minutes\n'))
    expect(await pairCount()).toBe(0)
    expect(await access()).toEqual(before)
  })
})
