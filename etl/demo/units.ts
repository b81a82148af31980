/** The populated places the demo draws organizations and requests from, with their H3 cells. */
import { cellToLatLng, gridDisk, latLngToCell, polygonToCells } from 'h3-js'
import type { Queryable } from '../../core/db/database'
import { namedQuery } from '../../core/db/named-query'

/** H3 resolution of a request's generalized location (PRODUCT.md: no finer than 8). */
export const REQUEST_H3_RESOLUTION = 8

/** Municipalities the demo replaces by their neighbourhood polygons (Montréal, Québec). */
const DIVIDED_MUNICIPALITIES = ['66023', '23027']

export interface DemandUnit {
  territoryId: number
  level: 'municipality' | 'neighbourhood'
  code: string
  name: string
  city: string
  population: number
  lon: number
  lat: number
  postalCode: string | null
  /** Territory ids this place belongs to, by level (known from the hierarchy, not guessed). */
  chain: { municipality: number | null; mrc: number | null; region: number | null; neighbourhood: number | null }
  /** The MRC code, or "OTT" for Ottawa: the area over which supply is judged scarce or not. */
  supplyArea: string
  /** Standardized deprivation (0 = average place), 0 where unknown. */
  deprivationZ: number
  /** H3 res-8 cells where its requests and organizations are placed. */
  cells: string[]
}

interface UnitRow {
  id: number
  level_id: 'municipality' | 'neighbourhood'
  code: string
  name: string
  population: number
  lon: number
  lat: number
  geometry: string | null
  city: string | null
  postal_code: string | null
  municipality_id: number | null
  mrc_id: number | null
  mrc_code: string | null
  region_id: number | null
  deprivation: number | null
}

/** Reads the units from the reference territories and covers each with H3 cells. */
export async function loadDemandUnits(db: Queryable): Promise<DemandUnit[]> {
  const rows = await db.query<UnitRow>(namedQuery('demo/units'), [DIVIDED_MUNICIPALITIES])
  const deprivations = rows.map((row) => row.deprivation).filter((value): value is number => value !== null)
  const mean = deprivations.reduce((sum, value) => sum + value, 0) / Math.max(1, deprivations.length)
  const sd = Math.sqrt(deprivations.reduce((sum, value) => sum + (value - mean) ** 2, 0) / Math.max(1, deprivations.length)) || 1

  const neighbourhoodCells = new Set<string>()
  const units = rows.map((row): DemandUnit => {
    const cells = row.geometry ? cellsOfPolygon(row.geometry, row.lon, row.lat) : []
    cells.forEach((cell) => neighbourhoodCells.add(cell))
    return {
      territoryId: row.id,
      level: row.level_id,
      code: row.code,
      name: row.name,
      city: row.city ?? row.name,
      population: row.population,
      lon: row.lon,
      lat: row.lat,
      postalCode: row.postal_code,
      chain: {
        municipality: row.municipality_id,
        mrc: row.mrc_id,
        region: row.region_id,
        neighbourhood: row.level_id === 'neighbourhood' ? row.id : null,
      },
      supplyArea: row.mrc_code ?? row.city ?? row.code,
      deprivationZ: row.deprivation === null ? 0 : (row.deprivation - mean) / sd,
      cells,
    }
  })
  // A municipality's cells spread around its centre, more for a bigger place, but never into a
  // neighbourhood of another city (Westmount sits inside Montréal).
  for (const unit of units) {
    if (unit.level !== 'municipality') continue
    const rings = Math.min(6, Math.max(1, Math.round(Math.sqrt(unit.population) / 45)))
    const disk = gridDisk(latLngToCell(unit.lat, unit.lon, REQUEST_H3_RESOLUTION), rings).filter((cell) => !neighbourhoodCells.has(cell))
    unit.cells = disk.length > 0 ? disk : [latLngToCell(unit.lat, unit.lon, REQUEST_H3_RESOLUTION)]
  }
  return units
}

function cellsOfPolygon(geojson: string, lon: number, lat: number): string[] {
  const geometry = JSON.parse(geojson) as { type: string; coordinates: number[][][][] | number[][][] }
  const polygons = (geometry.type === 'MultiPolygon' ? geometry.coordinates : [geometry.coordinates]) as number[][][][]
  const cells = polygons.flatMap((polygon) => polygonToCells(polygon, REQUEST_H3_RESOLUTION, true))
  return cells.length > 0 ? cells.sort() : [latLngToCell(lat, lon, REQUEST_H3_RESOLUTION)]
}

/** The centre of an H3 cell as [lon, lat]. */
export function cellCentre(cell: string): [number, number] {
  const [lat, lon] = cellToLatLng(cell)
  return [lon, lat]
}
