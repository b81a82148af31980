/** The gazetteer and the postal-code file against a real embedded database (PGlite + PostGIS). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../../core/db/database'
import { loadGazetteer, type Gazetteer } from '../../../etl/geocode/gazetteer'
import { geocode } from '../../../etl/geocode/geocode'
import { loadPostalCodes, postalCodeColumn, type PostalCodeRow } from '../../../etl/geocode/postal-code-file'
import { pglite } from '../../support/databases'
import { preparedDatabase } from '../../support/prepared'
import { geodataRows } from './gazetteer-fixture'

async function* rowsOf(rows: Record<string, string>[]): AsyncGenerator<PostalCodeRow> {
  let line = 1
  for (const values of rows) yield { line: ++line, values }
}

let db: Database

beforeAll(async () => {
  db = await preparedDatabase(pglite, false)
})

afterAll(async () => {
  await db?.close()
})

describe('loadGazetteer', () => {
  let gazetteer: Gazetteer

  beforeAll(async () => {
    gazetteer = await loadGazetteer(db)
  })

  it('reads every municipality, borough and FSA of the reference geodata', () => {
    expect(gazetteer.municipalities).toHaveLength(geodataRows('municipalities.csv').length)
    expect(gazetteer.fsaCount).toBe(geodataRows('fsa.csv').length)
    expect(gazetteer.postalCodeCount).toBe(0)
    const rosemont = gazetteer.lookup('Rosemont–La Petite-Patrie').candidates
    expect(rosemont).toHaveLength(1)
    expect(rosemont[0]).toMatchObject({ kind: 'borough', municipality: { name: 'Montréal' } })
  })

  it('gives database ids, MRC parents, designations and town-hall postal codes', async () => {
    const [row] = await db.query<{ id: number; parent_id: number }>(
      `SELECT id, parent_id FROM territory WHERE level_id = 'municipality' AND code = '70035'`,
    )
    const result = geocode({ municipality: 'St-Louis-de-Gonzague', postal_code: 'j0s 1t0' }, gazetteer)
    expect(result).toMatchObject({ ok: true, precision: 'municipality', municipalityId: row!.id, fsa: 'J0S' })
    expect(gazetteer.municipality(row!.id)).toMatchObject({ mrcId: row!.parent_id, designation: 'Paroisse', postalCode: 'J0S 1T0' })
  })
})

describe('loadPostalCodes', () => {
  it('recognizes French and English headers', () => {
    expect(postalCodeColumn('Code postal')).toEqual({ column: 'postal_code', explicit: true })
    expect(postalCodeColumn('POSTAL_CODE')).toEqual({ column: 'postal_code', explicit: true })
    expect(postalCodeColumn('Latitude')).toEqual({ column: 'latitude', explicit: true })
    expect(postalCodeColumn('lng')).toEqual({ column: 'longitude', explicit: true })
    expect(postalCodeColumn('X')).toEqual({ column: 'longitude', explicit: false })
    expect(postalCodeColumn('Nom')).toBeNull()
  })

  it('loads valid rows in one transaction, lists the others, and feeds the geocoder', async () => {
    const result = await loadPostalCodes(db, rowsOf([
      { 'Code postal': 'h2x1y4', Latitude: '45,5115', Longitude: '-73,5684' },
      { 'Code postal': 'J1H 5H9', Latitude: '-71.89', Longitude: '45.40' }, // swapped
      { 'Code postal': 'K7L 3N6', Latitude: '44.23', Longitude: '-76.49' }, // Kingston: kept as given
      { 'Code postal': 'H2O 1Y4', Latitude: '45.5', Longitude: '-73.5' },
      { 'Code postal': 'H2X 1Y4', Latitude: '45.6', Longitude: '-73.6' },
      { 'Code postal': 'H3A 1A1', Latitude: '', Longitude: '-73.5' },
      { 'Code postal': 'H3A 1A2', Latitude: '0', Longitude: '0' },
      { Nom: 'sans code' },
    ]), 'test-file.csv')
    expect(result.loaded).toBe(3)
    expect(result.rejected).toEqual([
      { line: 5, field: 'postal_code', reason: '"H2O 1Y4" is not a valid Canadian postal code' },
      { line: 6, field: 'postal_code', reason: 'H2X 1Y4 already given on line 2' },
      { line: 7, field: 'latitude', reason: 'empty latitude' },
      { line: 8, field: 'latitude', reason: 'coordinates 0,0 (a missing value written as zero)' },
      { line: 9, field: 'postal_code', reason: 'no postal code column (postal_code, code postal, ...)' },
    ])
    const rows = await db.query<{ code: string; lon: number; lat: number; source: string }>(
      'SELECT code, ST_X(centroid) AS lon, ST_Y(centroid) AS lat, source FROM postal_code ORDER BY code',
    )
    expect(rows).toEqual([
      { code: 'H2X 1Y4', lon: -73.5684, lat: 45.5115, source: 'test-file.csv' },
      { code: 'J1H 5H9', lon: -71.89, lat: 45.4, source: 'test-file.csv' },
      { code: 'K7L 3N6', lon: -76.49, lat: 44.23, source: 'test-file.csv' },
    ])

    // Loading again replaces, never duplicates.
    const again = await loadPostalCodes(db, rowsOf([{ postal_code: 'H2X 1Y4', lat: '45.52', lon: '-73.57' }]), 'second.csv')
    expect(again).toEqual({ loaded: 1, rejected: [] })
    const [count] = await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM postal_code')
    expect(count?.n).toBe(3)

    const gazetteer = await loadGazetteer(db)
    expect(gazetteer.postalCodeCount).toBe(3)
    expect(geocode({ postal_code: 'H2X1Y4', municipality: 'Montréal' }, gazetteer)).toMatchObject({
      ok: true, precision: 'postal_code', lon: -73.57, lat: 45.52, fsa: 'H2X',
    })
  })

  it('loads nothing when the copy fails midway', async () => {
    async function* failing(): AsyncGenerator<PostalCodeRow> {
      yield { line: 2, values: { postal_code: 'G1R 4S9', latitude: '46.81', longitude: '-71.21' } }
      throw new Error('file cut short')
    }
    await expect(loadPostalCodes(db, failing(), 'broken.csv')).rejects.toThrow('file cut short')
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM postal_code WHERE code = 'G1R 4S9'`)
    expect(row?.n).toBe(0)
  })
})
