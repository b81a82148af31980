/**
 * Privacy: a file full of personal data is imported, then every table, every log line, the report and
 * the rejects file are searched for any piece of it. None may be found.
 */
import { readFileSync } from 'node:fs'
import { Writable } from 'node:stream'
import pino from 'pino'
import { describe, expect, it } from 'vitest'
import { readConfig } from '../../../core/config'
import { importRequests } from '../../../etl/import/import-requests'
import { backends } from '../../support/databases'
import { importWorkspace } from '../../support/import-workspace'

const PERSONAL = {
  name: 'Zéphirine Bouchard-Quenneville',
  phone: '514-555-0199',
  email: 'zephirine.bq@exemple.ca',
  address: '4521 rue des Quenouilles-Violettes',
  postal: 'H2J 3K5',
  birth: '1948-07-21',
  note: 'Appeler après 17 h, conjoint violent',
  sourceId: 'DOSSIER-Q7Z9-XKW',
}

const FILE = [
  'Numéro de dossier,Date,Besoin,Résultat,Âge,Langue,Municipalité,Code postal,Nom,Prénom,Téléphone,Courriel,Adresse,Date de naissance,Notes',
  `${PERSONAL.sourceId},2025-05-12,Logement,Besoin non comblé,76,Français,Montréal,${PERSONAL.postal},Bouchard-Quenneville,Zéphirine,${PERSONAL.phone},${PERSONAL.email},${PERSONAL.address},${PERSONAL.birth},"${PERSONAL.note}"`,
  // A rejected row must not leak either: the rejects file says where and why, not what.
  `${PERSONAL.sourceId}-2,2025-05-13,Licornes,Référé,76,Français,Montréal,${PERSONAL.postal},Bouchard-Quenneville,Zéphirine,${PERSONAL.phone},${PERSONAL.email},${PERSONAL.address},${PERSONAL.birth},"${PERSONAL.note}"`,
  `${PERSONAL.sourceId}-3,2025-13-45,Logement,Référé,76,Français,,H2J 9Z9,Bouchard-Quenneville,Zéphirine,${PERSONAL.phone},${PERSONAL.email},${PERSONAL.address},${PERSONAL.birth},"${PERSONAL.note}"`,
].join('\n')

/** Every piece of personal data, and the forms it could be stored in. */
const NEEDLES = [
  PERSONAL.name, 'Zéphirine', 'Quenneville', PERSONAL.phone, '5145550199', PERSONAL.email, 'zephirine', PERSONAL.address, 'Quenouilles',
  PERSONAL.postal, 'H2J3K5', 'H2J 9Z9', 'H2J9Z9', PERSONAL.birth, 'conjoint violent', '17 h', PERSONAL.sourceId, 'Q7Z9',
]

function leaks(text: string): string[] {
  const lower = text.toLowerCase()
  return NEEDLES.filter((needle) => lower.includes(needle.toLowerCase()))
}

describe.each(backends())('privacy of an import on $name', (backend) => {
  const workspace = importWorkspace(backend)
  const logLines: string[] = []

  it('stores, logs and reports no personal data of the requester', async () => {
    const logger = pino({ level: 'trace' }, new Writable({ write: (chunk, _encoding, done) => (logLines.push(String(chunk)), done()) }))
    const file = workspace.files.write('dossiers.csv', FILE)
    const rejectsPath = workspace.files.path('rejets.csv')
    const report = await importRequests(workspace.db, readConfig({ LACUNES_DATA_DIR: workspace.files.dir }), file, { rejectsPath })
    logger.info({ report }, 'import finished')
    expect(report.added).toBe(1)
    expect(report.rejected).toBe(2)
    expect(report.columns.dropped).toEqual(expect.arrayContaining(['Nom', 'Prénom', 'Téléphone', 'Courriel', 'Adresse', 'Date de naissance', 'Notes']))

    expect(leaks(JSON.stringify(report))).toEqual([])
    expect(leaks(readFileSync(rejectsPath, 'utf8'))).toEqual([])
    expect(leaks(logLines.join('\n'))).toEqual([])

    const tables = await workspace.db.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'spatial_ref_sys'`,
    )
    expect(tables.length).toBeGreaterThan(10)
    for (const { table_name } of tables) {
      const rows = await workspace.db.query<{ row: string }>(`SELECT t::text AS row FROM "${table_name}" AS t`)
      const found = leaks(rows.map((r) => r.row).join('\n'))
      expect(found, `table ${table_name}`).toEqual([])
    }
    // The search can find things: the same scan sees a needle planted on purpose.
    await workspace.db.query(`INSERT INTO import_log (kind, source) VALUES ('requests', $1)`, [PERSONAL.sourceId])
    const [planted] = await workspace.db.query<{ row: string }>(`SELECT t::text AS row FROM import_log AS t WHERE source = $1`, [PERSONAL.sourceId])
    expect(leaks(planted?.row ?? '')).toContain(PERSONAL.sourceId)
  })
})
