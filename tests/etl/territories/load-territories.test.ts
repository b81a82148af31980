/** `load territories`: a user's own polygon layer becomes a level, on both backends. */
import JSZip from 'jszip'
import mapshaper from 'mapshaper'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../../core/db/database'
import { loadTerritories } from '../../../etl/territories/load-territories'
import { backends } from '../../support/databases'
import { tempFiles, type TempFiles } from '../../support/files'
import { preparedDatabase } from '../../support/prepared'

// Two sectors west and east of Magog (MRC de Memphrémagog, code 45); the east one is a self-crossing
// "bow tie" that must be repaired, not refused.
const WEST = [[[-72.40, 45.20], [-72.14, 45.20], [-72.14, 45.40], [-72.40, 45.40], [-72.40, 45.20]]]
const EAST_BOWTIE = [[[-72.14, 45.20], [-71.95, 45.40], [-71.95, 45.20], [-72.14, 45.40], [-72.14, 45.20]]]
const LAYER = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { SECTEUR: 'O', NOM_SECT: 'Secteur ouest', POP: '21000' }, geometry: { type: 'Polygon', coordinates: WEST } },
    { type: 'Feature', properties: { SECTEUR: 'E', NOM_SECT: 'Secteur est', POP: '9 500' }, geometry: { type: 'Polygon', coordinates: EAST_BOWTIE } },
  ],
}

describe.each(backends())('load territories on $name', (backend) => {
  let db: Database
  let files: TempFiles
  beforeAll(async () => {
    db = await preparedDatabase(backend)
    files = tempFiles()
  })
  afterAll(async () => {
    await db?.close()
    files?.remove()
  })

  it('loads a GeoJSON layer as a new level nested under the MRC it overlaps most, repairing invalid rings', async () => {
    const report = await loadTerritories(db, files.write('secteurs.geojson', JSON.stringify(LAYER)), {
      level: 'secteur_clsc',
      codeField: 'SECTEUR',
      nameField: 'NOM_SECT',
      populationField: 'POP',
      parentLevel: 'mrc',
      labelFr: 'Secteur CLSC',
      labelEn: 'CLSC sector',
    })
    expect(report).toMatchObject({ level: 'secteur_clsc', features: 2, repaired: 1, with_parent: 2, without_parent: [] })
    const rows = await db.query<{ code: string; population: number; parent: string; valid: boolean; display_valid: boolean }>(
      `SELECT t.code, t.population, p.code AS parent, ST_IsValid(t.geom) AS valid, ST_IsValid(t.geom_display) AS display_valid
       FROM territory t JOIN territory p ON p.id = t.parent_id WHERE t.level_id = 'secteur_clsc' ORDER BY t.code`,
    )
    expect(rows).toEqual([
      { code: 'E', population: 9500, parent: '45', valid: true, display_valid: true },
      { code: 'O', population: 21000, parent: '45', valid: true, display_valid: true },
    ])
    const [level] = await db.query<{ rank: number; parent_level: string }>(`SELECT rank, parent_level FROM level WHERE id = 'secteur_clsc'`)
    expect(level).toEqual({ rank: 25, parent_level: 'mrc' })
  })

  it('places the stored requests in the new level and counts them', async () => {
    const [row] = await db.query<{ placed: number; counted: number }>(
      `SELECT (SELECT count(*) FROM place_territory WHERE level_id = 'secteur_clsc') AS placed,
              (SELECT coalesce(sum(n), 0) FROM request_count rc JOIN territory t ON t.id = rc.territory_id WHERE t.level_id = 'secteur_clsc') AS counted`,
    )
    // Magog sits in the west sector, and the demo's outreach team works there.
    expect(row?.placed).toBeGreaterThan(0)
    expect(row?.counted).toBeGreaterThan(100)
  })

  it('reloading the layer replaces it, and leaves no count of a removed territory; a zipped Shapefile works too', async () => {
    const countedIn = async (code: string) =>
      (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM request_count rc JOIN territory t ON t.id = rc.territory_id WHERE t.level_id = 'secteur_clsc' AND t.code = $1`, [code]))[0]?.n
    const [east] = await db.query<{ id: number }>(`SELECT id FROM territory WHERE level_id = 'secteur_clsc' AND code = 'E'`)
    // The east sector has counts of its own, which must go with it.
    expect(await countedIn('E')).toBeGreaterThan(0)
    const shapefile = await mapshaper.applyCommands('-i layer.json -o format=shapefile secteurs.shp', { 'layer.json': JSON.stringify({ ...LAYER, features: [LAYER.features[0]] }) })
    const zip = new JSZip()
    for (const [name, content] of Object.entries(shapefile)) zip.file(name, content)
    const path = files.write('secteurs.zip', await zip.generateAsync({ type: 'nodebuffer' }))
    const report = await loadTerritories(db, path, { level: 'secteur_clsc', codeField: 'SECTEUR', nameField: 'NOM_SECT', parentLevel: 'mrc' })
    expect(report.features).toBe(1)
    const codes = await db.query<{ code: string }>(`SELECT code FROM territory WHERE level_id = 'secteur_clsc'`)
    expect(codes).toEqual([{ code: 'O' }])
    const [left] = await db.query<{ removed: number; orphans: number }>(
      `SELECT (SELECT count(*)::int FROM request_count WHERE territory_id = $1) AS removed,
              (SELECT count(*)::int FROM request_count rc WHERE NOT EXISTS (SELECT 1 FROM territory t WHERE t.id = rc.territory_id)) AS orphans`,
      [east?.id],
    )
    expect(left).toEqual({ removed: 0, orphans: 0 })
  })
})
