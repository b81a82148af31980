import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../../core/db/database'
import { serveApi, type TestServer } from '../../support/api-server'
import { backends } from '../../support/databases'
import { preparedDatabase } from '../../support/prepared'

function timing(header: string | null): { db: number; total: number } {
  const parts = Object.fromEntries((header ?? '').split(',').map((p) => p.trim().split(';dur=') as [string, string]))
  return { db: Number(parts.db), total: Number(parts.total) }
}

describe.each(backends())('Server-Timing on $name', (backend) => {
  let db: Database
  let server: TestServer
  beforeAll(async () => {
    db = await preparedDatabase(backend, false)
    server = await serveApi(db)
  })
  afterAll(async () => {
    await server?.close()
    await db?.close()
  })

  it('splits the time of an answer into SQL and total, and counts no SQL for a cached answer', async () => {
    const first = await fetch(`${server.url}/api/territories?level=mrc`)
    await first.text()
    const cold = timing(first.headers.get('server-timing'))
    expect(cold.db).toBeGreaterThan(0)
    expect(cold.total).toBeGreaterThanOrEqual(cold.db)
    const second = await fetch(`${server.url}/api/territories?level=mrc`)
    await second.text()
    expect(timing(second.headers.get('server-timing')).db).toBeLessThan(cold.db)
  })
})
