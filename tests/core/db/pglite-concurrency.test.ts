import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../../core/db/database'
import { openPglite } from '../../../core/db/pglite'

describe('PGlite under concurrent use', () => {
  let db: Database
  beforeAll(async () => {
    db = await openPglite()
    await db.exec('CREATE TABLE counter (n integer NOT NULL)')
  })
  afterAll(() => db?.close())

  it('keeps a transaction whole while other queries arrive', async () => {
    const transaction = db.transaction(async (tx) => {
      await tx.query('INSERT INTO counter VALUES (1)')
      await new Promise((resolve) => setTimeout(resolve, 50))
      await tx.query('INSERT INTO counter VALUES (2)')
    })
    // Issued while the transaction is open: must see all of it or none of it, never half.
    const reads = Array.from({ length: 20 }, () => db.query<{ n: number }>('SELECT count(*) AS n FROM counter'))
    await transaction
    for (const rows of await Promise.all(reads)) expect([0, 2]).toContain(rows[0]?.n)
  })

  it('answers many simultaneous queries, and a failing one does not stop the others', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, (_, i) => (i % 10 === 0 ? db.query('SELECT * FROM missing_table') : db.query('SELECT $1::int AS i', [i]))),
    )
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(10)
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(90)
  })

  it('rolls back a failed transaction entirely', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO counter VALUES (3)')
        throw new Error('stop')
      }),
    ).rejects.toThrow('stop')
    const [row] = await db.query<{ n: number }>('SELECT count(*) AS n FROM counter WHERE n = 3')
    expect(row?.n).toBe(0)
  })
})
