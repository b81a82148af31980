/** `import organizations`: HSDS, GeoJSON and a planner's spreadsheet, idempotent, counted as supply. */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { readConfig } from '../../../core/config'
import { importOrganizations } from '../../../etl/import/import-organizations'
import { backends } from '../../support/databases'
import { importWorkspace } from '../../support/import-workspace'

const FIXTURES = new URL('../../fixtures/read/', import.meta.url).pathname

describe.each(backends())('import organizations on $name', (backend) => {
  const workspace = importWorkspace(backend)
  const config = () => readConfig({ LACUNES_DATA_DIR: workspace.files.dir })

  it('imports Open Referral HSDS services with their taxonomy, languages and service areas', async () => {
    const report = await importOrganizations(workspace.db, config(), `${FIXTURES}hsds-services.json`)
    expect(report.format).toBe('hsds')
    // The fixture's second service has neither taxonomy term nor location: rejected, and said so.
    expect(report.rejects.map((r) => [r.row, r.field])).toEqual([
      [2, 'categories'],
      [2, 'postal_code'],
    ])
    expect(report.warnings).toEqual([])
    expect(report.added).toBeGreaterThan(0)
    const rows = await workspace.db.query<{ name: string; categories: string; languages: string[]; areas: number }>(
      `SELECT o.name, string_agg(DISTINCT sc.category_id, ',' ORDER BY sc.category_id) AS categories, min(s.languages) AS languages,
              count(DISTINCT sa.territory_id) AS areas
       FROM organization o JOIN service s ON s.organization_id = o.id JOIN service_category sc ON sc.service_id = s.id
       LEFT JOIN service_area sa ON sa.service_id = s.id
       WHERE o.name = 'Moisson Memphrémagog' GROUP BY o.name`,
    )
    expect(rows[0]?.categories).toContain('food')
    expect(rows[0]?.languages).toEqual(['fr', 'en'])
    // "MRC de Memphrémagog" and "Potton" are both territories.
    expect(rows[0]?.areas).toBe(2)
  })

  it('counts imported services as supply of the territories they serve', async () => {
    const [row] = await workspace.db.query<{ serving: number }>(
      `SELECT sc.serving FROM supply_count sc JOIN territory t ON t.id = sc.territory_id
       WHERE t.level_id = 'municipality' AND t.name = 'Potton' AND sc.category_id = 'food'`,
    )
    expect(row?.serving).toBeGreaterThanOrEqual(1)
  })

  it('imports a planner’s Excel list, and importing it again changes nothing', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Organismes')
    sheet.addRow(["Nom de l'organisme", 'Adresse', 'Municipalité', 'Code postal', 'Services', 'Territoire desservi', 'Capacité'])
    sheet.addRow(['Maison Aube-Lumière', '3071, 12e Avenue Nord', 'Sherbrooke', 'j1h 5h3', 'Hébergement; Santé mentale', 'MRC de Memphrémagog', 12])
    sheet.addRow(['Transport bénévole du Haut-Saint-François', '', 'East Angus', '', 'Transport', '25 km', ''])
    const path = workspace.files.path('organismes-cisss.xlsx')
    await workbook.xlsx.writeFile(path)
    const first = await importOrganizations(workspace.db, config(), path)
    expect(first).toMatchObject({ format: 'xlsx', rows_read: 2, added: 2, rejected: 0 })
    const second = await importOrganizations(workspace.db, config(), path)
    expect(second).toMatchObject({ added: 0, already_present: 2 })
    const [org] = await workspace.db.query<{ n: number; capacity: number; postal_code: string; precision: string }>(
      `SELECT count(*) OVER () AS n, s.capacity, l.postal_code, l.geocode_precision AS precision FROM organization o
       JOIN service s ON s.organization_id = o.id JOIN location l ON l.organization_id = o.id
       WHERE o.source = 'import:organismes-cisss' AND o.name = 'Maison Aube-Lumière'`,
    )
    expect(org).toMatchObject({ n: 1, capacity: 12, postal_code: 'J1H 5H3', precision: 'municipality' })
    const [radius] = await workspace.db.query<{ radius_m: number }>(
      `SELECT sa.radius_m FROM service_area sa JOIN service s ON s.id = sa.service_id JOIN organization o ON o.id = s.organization_id
       WHERE o.name LIKE 'Transport bénévole%'`,
    )
    expect(radius?.radius_m).toBe(25_000)
  })

  it('imports points from GeoJSON at their coordinates', async () => {
    const report = await importOrganizations(workspace.db, config(), `${FIXTURES}organizations.geojson`)
    expect(report.format).toBe('geojson')
    expect(report.precision.coordinates ?? 0).toBeGreaterThan(0)
  })
})
