/** A Gazetteer built from the committed geodata CSVs, without a database (ids are row numbers). */
import { readFileSync } from 'node:fs'
import { parse } from 'csv-parse/sync'
import { buildGazetteer, type Gazetteer, type GazetteerSource, type PointRow } from '../../../etl/geocode/gazetteer'

type CsvRow = Record<string, string>

export function geodataRows(file: string): CsvRow[] {
  return parse(readFileSync(new URL(`../../../geodata/${file}`, import.meta.url)), { columns: true, skip_empty_lines: true, bom: true }) as CsvRow[]
}

/** The municipalities of geodata/municipalities.csv; id = row index + 1, MRC id = number of its MRC code. */
export function geodataSource(postalCodes: PointRow[] = []): GazetteerSource {
  const municipalities = geodataRows('municipalities.csv').map((row, index) => ({
    id: index + 1,
    code: row.code!,
    name: row.name!,
    designation: row.designation ?? null,
    mrcId: Number(row.mrc_code),
    population: Number(row.population),
    lon: Number(row.lon),
    lat: Number(row.lat),
    postalCode: row.postal_code || null,
  }))
  const idOfCode = new Map(municipalities.map((m) => [m.code, m.id]))
  const boroughs = geodataRows('boroughs.csv').map((row) => ({
    code: row.code!,
    name: row.name!,
    municipalityId: idOfCode.get(row.municipality_code!)!,
    postalCode: row.postal_code || null,
  }))
  const fsas = geodataRows('fsa.csv').map((row) => ({ code: row.fsa!, lon: Number(row.lon), lat: Number(row.lat) }))
  return { municipalities, boroughs, fsas, postalCodes }
}

let shared: Gazetteer | undefined

/** One gazetteer per test file (building it takes a few milliseconds; its caches are shared). */
export function geodataGazetteer(): Gazetteer {
  shared ??= buildGazetteer(geodataSource())
  return shared
}

/** The id the fixture gives the municipality of a code. */
export function idOf(code: string): number {
  const index = geodataRows('municipalities.csv').findIndex((row) => row.code === code)
  if (index < 0) throw new Error(`no municipality ${code}`)
  return index + 1
}
