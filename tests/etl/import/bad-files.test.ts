/**
 * A corpus of bad inputs for the import commands, each with the error it must produce: a file-level
 * error naming the file (and row and field when there is one), or a rejected row naming row and field.
 * Reader-level cases (encodings, binary files, broken JSON/XLSX) live in tests/etl/read.
 */
import { describe, expect, it } from 'vitest'
import { readConfig } from '../../../core/config'
import { importOrganizations } from '../../../etl/import/import-organizations'
import { importRequests } from '../../../etl/import/import-requests'
import { loadTerritories } from '../../../etl/territories/load-territories'
import { pglite } from '../../support/databases'
import { importWorkspace } from '../../support/import-workspace'

const REQ = 'ID,Date,Besoin,Résultat,Municipalité,Code postal'
const ORG = "Nom de l'organisme,Services,Municipalité,Code postal,Capacité"

/** Whole-file errors: the import stops, stores nothing, and says what is wrong. */
const FILE_ERRORS: { name: string; kind: 'requests' | 'organizations'; content: string; map?: Record<string, string>; error: RegExp }[] = [
  { name: 'no-date.csv', kind: 'requests', content: 'ID,Besoin,Municipalité\n1,Logement,Magog', error: /no-date\.csv: no column for date; the file's columns are: ID, Besoin, Municipalité/ },
  { name: 'no-category.csv', kind: 'requests', content: 'ID,Date,Municipalité\n1,2025-01-06,Magog', error: /no-category\.csv: no column for category/ },
  { name: 'no-place.csv', kind: 'requests', content: 'ID,Date,Besoin\n1,2025-01-06,Logement', error: /no-place\.csv: no column for postal_code or municipality or latitude/ },
  { name: 'header-only.csv', kind: 'requests', content: `${REQ}\n`, error: /header-only\.csv: .*no data rows/ },
  { name: 'org-no-name.csv', kind: 'organizations', content: 'Services,Municipalité\nLogement,Magog', error: /org-no-name\.csv: no column for name/ },
  { name: 'org-no-categories.csv', kind: 'organizations', content: "Nom de l'organisme,Municipalité\nA,Magog", error: /org-no-categories\.csv: no column for categories/ },
  { name: 'map-missing-column.csv', kind: 'requests', content: `${REQ}\n1,2025-01-06,Logement,Référé,Magog,`, map: { 'Date reçue': 'date' }, error: /map-missing-column\.csv: .*Date reçue/ },
  { name: 'map-unknown-field.csv', kind: 'requests', content: `${REQ}\n1,2025-01-06,Logement,Référé,Magog,`, map: { Date: 'when' }, error: /map-unknown-field\.csv: .*when/ },
  { name: 'personal-as-name.csv', kind: 'organizations', content: 'Prénom,Téléphone\nJean,555', error: /personal-as-name\.csv: no column for name/ },
]

/** Row errors: the row is rejected with its row number, field and reason; the other rows load. */
const ROW_ERRORS: { name: string; kind: 'requests' | 'organizations'; content: string; row: number; field: string; reason?: RegExp }[] = [
  { name: 'bad-date.csv', kind: 'requests', content: `${REQ}\n1,31/02/2025,Logement,Référé,Magog,`, row: 2, field: 'date', reason: /31\/02\/2025" is not a date/ },
  { name: 'empty-date.csv', kind: 'requests', content: `${REQ}\n1,,Logement,Référé,Magog,`, row: 2, field: 'date', reason: /is empty/ },
  { name: 'unknown-category.csv', kind: 'requests', content: `${REQ}\n1,2025-01-06,Licornes,Référé,Magog,`, row: 2, field: 'category', reason: /"Licornes" is not a known need category/ },
  { name: 'empty-category.csv', kind: 'requests', content: `${REQ}\n1,2025-01-06,,Référé,Magog,`, row: 2, field: 'category', reason: /is empty/ },
  { name: 'bad-outcome.csv', kind: 'requests', content: `${REQ}\n1,2025-01-06,Logement,Peut-être,Magog,`, row: 2, field: 'outcome', reason: /"Peut-être" is not a known outcome/ },
  { name: 'unknown-municipality.csv', kind: 'requests', content: `${REQ}\n1,2025-01-06,Logement,Référé,Atlantide,`, row: 2, field: 'municipality' },
  { name: 'bad-postal-only.csv', kind: 'requests', content: `${REQ}\n1,2025-01-06,Logement,Référé,,ZZZ 999`, row: 2, field: 'postal_code' },
  { name: 'out-of-area.csv', kind: 'requests', content: 'ID,Date,Besoin,Latitude,Longitude\n1,2025-01-06,Logement,10.5,10.5', row: 2, field: 'latitude' },
  { name: 'bad-channel.csv', kind: 'requests', content: 'ID,Date,Besoin,Canal,Municipalité\n1,2025-01-06,Logement,Pigeon voyageur,Magog', row: 2, field: 'channel', reason: /"Pigeon voyageur" is not a known channel/ },
  { name: 'bad-age.csv', kind: 'requests', content: "ID,Date,Besoin,Groupe d'âge,Municipalité\n1,2025-01-06,Logement,-5,Magog", row: 2, field: 'age_group' },
  { name: 'third-row.csv', kind: 'requests', content: `${REQ}\n1,2025-01-06,Logement,Référé,Magog,\n2,2025-01-07,Logement,Référé,Magog,\n3,hier,Logement,Référé,Magog,`, row: 4, field: 'date' },
  { name: 'org-empty-name.csv', kind: 'organizations', content: `${ORG}\n,Logement,Magog,,`, row: 2, field: 'name', reason: /is empty/ },
  { name: 'org-bad-capacity.csv', kind: 'organizations', content: `${ORG}\nMaison,Logement,Magog,,beaucoup`, row: 2, field: 'capacity', reason: /"beaucoup" is not a positive number/ },
  { name: 'org-unknown-categories.csv', kind: 'organizations', content: `${ORG}\nMaison,Licornes,Magog,,`, row: 2, field: 'categories', reason: /holds no known need category/ },
  { name: 'org-bad-postal.csv', kind: 'organizations', content: `${ORG}\nMaison,Logement,Magog,12345,`, row: 2, field: 'postal_code', reason: /"12345" is not a Canadian postal code/ },
]

const POLYGON = { type: 'Polygon', coordinates: [[[-72.2, 45.2], [-72.1, 45.2], [-72.1, 45.3], [-72.2, 45.3], [-72.2, 45.2]]] }
const feature = (properties: Record<string, unknown>, geometry: unknown = POLYGON) => ({ type: 'Feature', properties, geometry })
const layer = (...features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features })

const TERRITORY_ERRORS: { name: string; content: string; level?: string; options?: Record<string, string>; error: RegExp }[] = [
  { name: 'points.geojson', content: layer(feature({ code: 'A', nom: 'A' }, { type: 'Point', coordinates: [-72, 45] })), error: /points\.geojson, row 1, field "geometry": geometry must be a Polygon or MultiPolygon, not Point/ },
  { name: 'duplicate.geojson', content: layer(feature({ code: 'A', nom: 'A' }), feature({ code: 'A', nom: 'B' })), error: /duplicate\.geojson, row 2, field "code": code "A" appears twice/ },
  { name: 'no-name.geojson', content: layer(feature({ code: 'A', nom: '' })), error: /no-name\.geojson, row 1, field "nom": is empty/ },
  { name: 'builtin.geojson', content: layer(feature({ code: 'A', nom: 'A' })), level: 'mrc', error: /built-in level/ },
  { name: 'bad-level.geojson', content: layer(feature({ code: 'A', nom: 'A' })), level: 'Secteurs CLSC', error: /--level "Secteurs CLSC" must be/ },
  { name: 'empty.geojson', content: layer(), error: /empty\.geojson: the layer has no features/ },
  { name: 'broken.geojson', content: '{"type": "FeatureCollection", "features": [', error: /broken\.geojson: not valid JSON/ },
  { name: 'bad-population.geojson', content: layer(feature({ code: 'A', nom: 'A', pop: 'beaucoup' })), options: { populationField: 'pop' }, error: /bad-population\.geojson, row 1, field "pop": population must be a number/ },
  { name: 'missing-parent.geojson', content: layer(feature({ code: 'A', nom: 'A' })), options: { parentLevel: 'county' }, error: /--parent-level county does not exist/ },
]

describe('bad input files', () => {
  const workspace = importWorkspace(pglite)
  const config = () => readConfig({ LACUNES_DATA_DIR: workspace.files.dir, LACUNES_SECRET: 'test-secret-0123456789abcdef' })
  const run = (kind: 'requests' | 'organizations', path: string, map?: Record<string, string>) =>
    kind === 'requests' ? importRequests(workspace.db, config(), path, { map }) : importOrganizations(workspace.db, config(), path, { map })

  it.each(FILE_ERRORS)('$name stops the import with a clear error', async ({ name, kind, content, map, error }) => {
    const before = await workspace.db.query('SELECT (SELECT count(*) FROM request) AS r, (SELECT count(*) FROM organization) AS o, (SELECT count(*) FROM import_log) AS i')
    await expect(run(kind, workspace.files.write(name, content), map)).rejects.toThrow(error)
    expect(await workspace.db.query('SELECT (SELECT count(*) FROM request) AS r, (SELECT count(*) FROM organization) AS o, (SELECT count(*) FROM import_log) AS i')).toEqual(before)
  })

  it.each(ROW_ERRORS)('$name rejects row $row on field $field', async ({ name, kind, content, row, field, reason }) => {
    const report = await run(kind, workspace.files.write(name, content))
    const reject = report.rejects.find((r) => r.row === row)
    expect(reject, JSON.stringify(report.rejects)).toBeDefined()
    expect(reject?.field).toBe(field)
    if (reason) expect(reject?.reason).toMatch(reason)
    expect(report.rejected).toBe(1)
  })

  it.each(TERRITORY_ERRORS)('load territories refuses $name', async ({ name, content, level, options, error }) => {
    await expect(loadTerritories(workspace.db, workspace.files.write(name, content), { level: level ?? 'secteur_test', ...options })).rejects.toThrow(error)
    const [row] = await workspace.db.query<{ n: number }>(`SELECT count(*) AS n FROM level WHERE id = 'secteur_test'`)
    expect(row?.n).toBe(0)
  })

  it('keeps a cell that looks like a spreadsheet formula as plain text', async () => {
    const report = await importOrganizations(workspace.db, config(), workspace.files.write('formules.csv', `${ORG}\n"=HYPERLINK(""http://x"",""clic"")",Logement,Magog,,`))
    expect(report.added).toBe(1)
    const [org] = await workspace.db.query<{ name: string }>(`SELECT name FROM organization WHERE source = 'import:formules'`)
    expect(org?.name).toBe('=HYPERLINK("http://x","clic")')
  })
})
