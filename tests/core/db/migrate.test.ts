import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../../core/db/database'
import { migrate, readMigrations } from '../../../core/db/migrate'
import { backends } from '../../support/databases'

describe.each(backends())('migrations on $name', (backend) => {
  let db: Database
  beforeAll(async () => {
    db = await backend.open()
  })
  afterAll(() => db?.close())

  it('applies every migration once, then nothing', async () => {
    const all = readMigrations().map((m) => m.version)
    expect(await migrate(db)).toEqual(all)
    expect(await migrate(db)).toEqual([])
    const rows = await db.query<{ version: number }>('SELECT version FROM schema_migration ORDER BY version')
    expect(rows.map((r) => r.version)).toEqual(all)
  })

  it('refuses a migration edited after it was applied', async () => {
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: 'different' } : m))
    await expect(migrate(db, edited)).rejects.toThrow(/001_territories\.sql was changed after it was applied/)
  })

  it('names the file of a migration that fails, and applies nothing of it', async () => {
    const broken = [...readMigrations(), { version: 999, name: 'broken', file: '999_broken.sql', sql: 'CREATE TABLE ok_table (a int); SELEC nonsense', checksum: 'x' }]
    await expect(migrate(db, broken)).rejects.toThrow(/999_broken\.sql failed/)
    const [row] = await db.query<{ present: boolean }>(`SELECT to_regclass('ok_table') IS NOT NULL AS present`)
    expect(row?.present).toBe(false)
  })
})
