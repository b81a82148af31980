/**
 * `npm run etl -- access export-points --out DIR`: the demand points and service locations of the
 * accessibility engine with their ids and coordinates, as the origins and destinations of a
 * travel-time table computed elsewhere (OSRM or Valhalla table service), to load back with
 * `npm run etl -- load travel-times`.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Queryable } from '../../core/db/database'
import { namedQuery } from '../../core/db/named-query'
import { csvLine } from '../load/csv-rows'

/** Writes DIR/demand_points.csv (id,lon,lat,population,setting: urban or rural) and DIR/sites.csv (id,lon,lat); returns their paths and row counts. */
export async function exportAccessPoints(db: Queryable, dir: string): Promise<{ demandPoints: { file: string; rows: number }; sites: { file: string; rows: number } }> {
  const points = await db.query<{ id: number; population: number; lon: number; lat: number; urban: boolean }>(namedQuery('access/demand-points'))
  const sites = await db.query<{ location_id: string; lon: number; lat: number }>(namedQuery('access/sites'))
  // One row per location: several services at one address share its travel times.
  const locations = [...new Map(sites.map((s) => [s.location_id, s])).values()].sort((a, b) => (a.location_id < b.location_id ? -1 : 1))
  mkdirSync(dir, { recursive: true })
  const demandFile = join(dir, 'demand_points.csv')
  const sitesFile = join(dir, 'sites.csv')
  writeFileSync(demandFile, 'id,lon,lat,population,setting\n' + points.map((p) => csvLine([p.id, p.lon, p.lat, p.population, p.urban ? 'urban' : 'rural'])).join(''))
  writeFileSync(sitesFile, 'id,lon,lat\n' + locations.map((l) => csvLine([l.location_id, l.lon, l.lat])).join(''))
  return { demandPoints: { file: demandFile, rows: points.length }, sites: { file: sitesFile, rows: locations.length } }
}
