/** `import requests`: a real-looking 2-1-1 export, on both backends. */
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readConfig } from '../../../core/config'
import type { Database, Queryable } from '../../../core/db/database'
import { namedQuery } from '../../../core/db/named-query'
import { requestId } from '../../../etl/anonymize/source-hash'
import { importRequests } from '../../../etl/import/import-requests'
import { refreshRequestCounts } from '../../../etl/load/refresh-counts'
import { backends } from '../../support/databases'
import { windows1252 } from '../../support/files'
import { importWorkspace } from '../../support/import-workspace'
import { preparedDatabase } from '../../support/prepared'

const SECRET = 'test-secret-0123456789abcdef'
const HEADER = "No d'appel;Date de l'appel;Besoin;Résultat;Groupe d'âge;Langue;Municipalité;Code postal;Nom de l'appelant;Téléphone;Notes"
const MARCH = [
  HEADER,
  'A-1001;03/03/2025;Dépannage alimentaire;Référé;35-49;Français;Magog;J1X 2B3;Lucie Fortin;819-555-0101;rappeler',
  'A-1002;04/03/2025;Logement;Besoin non comblé;65 ans et plus;Français;Ste-Catherine-de-Hatley;;Paul Roy;819-555-0102;',
  'A-1003;2025-03-05;Aide alimentaire, Transport;Référé;18-34;Anglais;Sherbrooke;J1H 1A1;Ann Lee;819-555-0103;',
  "A-1004;31/02/2025;Logement;Référé;35-49;Français;Magog;;X;819-555-0104;",
  'A-1005;06/03/2025;Licornes;Référé;35-49;Français;Magog;;Y;819-555-0105;',
  'A-1006;07/03/2025;Logement;Référé;35-49;Français;Atlantide;;Z;819-555-0106;',
].join('\r\n')
const APRIL = [HEADER, 'A-1001;03/03/2025;Dépannage alimentaire;Référé;35-49;Français;Magog;J1X 2B3;Lucie Fortin;819-555-0101;rappeler', 'A-2001;02/04/2025;Logement;Hors territoire;50-64;Français;Magog;;Q;819-555-0201;'].join('\r\n')

describe.each(backends())('import requests on $name', (backend) => {
  const workspace = importWorkspace(backend)
  const config = () => readConfig({ LACUNES_DATA_DIR: workspace.files.dir, LACUNES_SECRET: SECRET })

  it('imports a Windows-1252, semicolon export with French headers and lists each rejected row', async () => {
    const file = workspace.files.write('appels-mars.csv', windows1252(MARCH))
    const rejects = workspace.files.path('rejets.csv')
    const report = await importRequests(workspace.db, config(), file, { rejectsPath: rejects })
    expect(report.details.encoding?.toLowerCase()).toBe('windows-1252')
    expect(report.details.delimiter).toMatch(/;/)
    expect(report.rows_read).toBe(6)
    // Row 4 names two needs: two requests.
    expect(report.added).toBe(4)
    expect(report.rejected).toBe(3)
    expect(report.rejects.map((r) => [r.row, r.field])).toEqual([
      [5, 'date'],
      [6, 'category'],
      [7, 'municipality'],
    ])
    expect(report.columns.dropped).toEqual(["Nom de l'appelant", 'Téléphone', 'Notes'])
    expect(readFileSync(rejects, 'utf8').split('\n')[0]).toBe('row,field,reason')
    const rows = await workspace.db.query<{ category_id: string; outcome: string; age_group: string; iso_week: string; channel: string }>(
      'SELECT category_id, outcome, age_group, iso_week, channel FROM request ORDER BY iso_week, category_id',
    )
    expect(rows).toEqual([
      { category_id: 'food.bank', outcome: 'referred', age_group: '35-49', iso_week: '2025-W10', channel: '211' },
      { category_id: 'housing', outcome: 'unmet', age_group: '65+', iso_week: '2025-W10', channel: '211' },
      { category_id: 'food', outcome: 'referred', age_group: '18-34', iso_week: '2025-W10', channel: '211' },
      { category_id: 'transportation', outcome: 'referred', age_group: '18-34', iso_week: '2025-W10', channel: '211' },
    ].sort((a, b) => a.iso_week.localeCompare(b.iso_week) || a.category_id.localeCompare(b.category_id)))
  })

  it('places requests in their municipality, MRC and region, and counts them for metrics', async () => {
    const [row] = await workspace.db.query<{ n: number }>(
      `SELECT sum(n) AS n FROM request_count rc JOIN territory t ON t.id = rc.territory_id WHERE t.level_id = 'mrc' AND t.code = '45'`,
    )
    // Magog and Sainte-Catherine-de-Hatley are in Memphrémagog (45); Sherbrooke is not.
    expect(row?.n).toBe(2)
  })

  it('changes nothing when the same file is imported again', async () => {
    const before = await workspace.db.query('SELECT count(*) AS n FROM request')
    const rejects = workspace.files.path('rejets-encore.csv')
    const report = await importRequests(workspace.db, config(), workspace.files.path('appels-mars.csv'), { rejectsPath: rejects })
    expect(report.added).toBe(0)
    expect(report.already_present).toBe(4)
    // Read twice (the COPY stops at the first stored record, then the merge pass): counted once.
    expect(report.rows_read).toBe(6)
    expect(report.rejected).toBe(3)
    expect(readFileSync(rejects, 'utf8').trim().split('\n')).toHaveLength(4)
    expect(await workspace.db.query('SELECT count(*) AS n FROM request')).toEqual(before)
  })

  it('adds only what is new from the next export', async () => {
    const report = await importRequests(workspace.db, config(), workspace.files.write('appels-avril.csv', APRIL))
    expect(report.added).toBe(1)
    expect(report.already_present).toBe(1)
  })

  it('copies a file of new requests straight in when requests are stored already', async () => {
    const may = [HEADER, 'A-4001;05/05/2025;Logement;Référé;35-49;Français;Magog;;R;819-555-0401;', 'A-4002;06/05/2025;Transport;Besoin non comblé;18-34;Français;Orford;;S;819-555-0402;']
    const report = await importRequests(workspace.db, config(), workspace.files.write('appels-mai.csv', may.join('\n')))
    expect(report.added).toBe(2)
    expect(report.already_present).toBe(0)
  })

  it('hashes ids in a worker thread (a large file) into the same ids as in the import thread, on the direct and the merge path', async () => {
    const june = [HEADER, 'A-5001;02/06/2025;Logement;Référé;35-49;Français;Magog;;T;;', 'A-5002;03/06/2025;Transport;Référé;18-34;Français;Orford;;U;;']
    const file = workspace.files.write('appels-juin.csv', june.join('\n'))
    const first = await importRequests(workspace.db, config(), file, { encoderWorker: true })
    expect(first.added).toBe(2)
    const ids = await workspace.db.query<{ id: string }>('SELECT id FROM request WHERE import_id = $1 ORDER BY id', [first.import_id])
    expect(ids.map((r) => r.id)).toEqual([requestId(SECRET, 'A-5001', 'housing'), requestId(SECRET, 'A-5002', 'transportation')].sort())
    const inThread = await importRequests(workspace.db, config(), file, { encoderWorker: false })
    const inWorker = await importRequests(workspace.db, config(), file, { encoderWorker: true })
    expect([inThread.added, inThread.already_present, inWorker.added, inWorker.already_present]).toEqual([0, 2, 0, 2])
  })

  it('numbers new places after the stored ones and keeps the place identity past them', async () => {
    const [row] = await workspace.db.query<{ max_id: number; next_id: number; places: number; distinct_ids: number }>(
      `SELECT max(id) AS max_id, (SELECT last_value FROM place_id_seq) AS next_id, count(*)::integer AS places, count(DISTINCT id)::integer AS distinct_ids FROM place`,
    )
    expect(row?.distinct_ids).toBe(row?.places)
    expect(Number(row?.next_id)).toBeGreaterThanOrEqual(Number(row?.max_id))
  })

  it('places each import\'s new places exactly as placing every place again would', async () => {
    const placements = (db: Queryable) => db.query('SELECT place_id, level_id, territory_id FROM place_territory ORDER BY place_id, level_id')
    const stored = await placements(workspace.db)
    class Rollback extends Error {}
    let again: unknown[] = []
    await workspace.db
      .transaction(async (tx) => {
        await tx.exec('DELETE FROM place_territory')
        await tx.query(namedQuery('assign-place-territories'), [0])
        again = await placements(tx)
        throw new Rollback()
      })
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error
      })
    expect(stored.length).toBeGreaterThan(0)
    expect(again).toEqual(stored)
  })

  it('keeps request_count and place_count equal to a full recount after adding each import to them', async () => {
    const counts = () =>
      workspace.db.query(
        `SELECT (SELECT json_agg(rc ORDER BY territory_id, category_id, month, outcome, channel, age_group) FROM request_count rc) AS requests,
                (SELECT json_agg(pc ORDER BY place_id, category_id, month) FROM place_count pc) AS places`,
      )
    const added = await counts()
    await workspace.db.transaction((tx) => refreshRequestCounts(tx))
    expect(await counts()).toEqual(added)
  })

  it('stores nothing on a dry run', async () => {
    const before = await workspace.db.query('SELECT (SELECT count(*) FROM request) AS r, (SELECT count(*) FROM import_log) AS i')
    const report = await importRequests(workspace.db, config(), workspace.files.write('essai.csv', APRIL.replace('A-2001', 'A-3001')), { dryRun: true })
    expect(report.dry_run).toBe(true)
    expect(report.added).toBe(1)
    expect(await workspace.db.query('SELECT (SELECT count(*) FROM request) AS r, (SELECT count(*) FROM import_log) AS i')).toEqual(before)
  })

  it('keeps no full postal code: only the FSA and an H3 resolution-8 cell', async () => {
    const places = await workspace.db.query<{ fsa: string | null; h3_r8: string | null; place_key: string }>('SELECT fsa, h3_r8, place_key FROM place')
    for (const place of places) {
      expect(place.fsa === null || /^[A-Z]\d[A-Z]$/.test(place.fsa)).toBe(true)
      expect(place.place_key).not.toMatch(/[A-Z]\d[A-Z] ?\d[A-Z]\d/)
    }
  })
})

describe.each(backends())('a first load on $name', (backend) => {
  const workspace = importWorkspace(backend)

  it('merges a first file that repeats one of its own records, and leaves the primary key in place', async () => {
    const repeated = [HEADER, 'A-1;03/03/2025;Logement;Référé;35-49;Français;Magog;;A;;', 'A-2;04/03/2025;Transport;Référé;35-49;Français;Magog;;B;;', 'A-1;03/03/2025;Logement;Référé;35-49;Français;Magog;;A;;']
    const config = readConfig({ LACUNES_DATA_DIR: workspace.files.dir, LACUNES_SECRET: 'test-secret-0123456789abcdef' })
    const report = await importRequests(workspace.db, config, workspace.files.write('doublon.csv', repeated.join('\n')))
    expect(report.rows_read).toBe(3)
    expect(report.added).toBe(2)
    expect(report.already_present).toBe(1)
    const [key] = await workspace.db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM pg_constraint WHERE conname = 'request_pkey' AND contype = 'p'`)
    expect(key?.n).toBe(1)
    const [stored] = await workspace.db.query<{ n: number; demand: number }>(`SELECT (SELECT count(*)::integer FROM request) AS n, (SELECT sum(demand)::integer FROM place_count) AS demand`)
    expect(stored).toEqual({ n: 2, demand: 2 })
  })
})

describe.each(backends())('request integrity on $name', (backend) => {
  it('leaves no request without its import, category or place (the merge guarantees what constraints would)', async () => {
    const db = await preparedDatabase(backend)
    try {
      const [row] = await db.query<{ orphans: number; total: number }>(
        `SELECT (SELECT count(*) FROM request r
                 WHERE NOT EXISTS (SELECT 1 FROM import_log i WHERE i.id = r.import_id)
                    OR NOT EXISTS (SELECT 1 FROM category c WHERE c.id = r.category_id)
                    OR NOT EXISTS (SELECT 1 FROM place p WHERE p.id = r.place_id)) AS orphans,
                (SELECT count(*) FROM request) AS total`,
      )
      expect(row?.total).toBeGreaterThan(0)
      expect(row?.orphans).toBe(0)
    } finally {
      await db.close()
    }
  })
})

describe('import requests of a file that is not there', () => {
  it('says so, naming the file, before it touches the database', async () => {
    const untouched = new Proxy({} as Database, {
      get: () => {
        throw new Error('the database was used')
      },
    })
    const config = readConfig({ LACUNES_DATA_DIR: tmpdir(), LACUNES_SECRET: SECRET })
    await expect(importRequests(untouched, config, join(tmpdir(), 'lacunes-absent', 'appels-211.csv'))).rejects.toThrow(/appels-211\.csv: file not found/)
  })
})
