/** POST /api/imports runs the same import code path on an uploaded file, behind the admin token. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportReport } from '../../core/api/types'
import type { Database } from '../../core/db/database'
import { serveApi, type TestServer } from '../support/api-server'
import { backends } from '../support/databases'
import { tempFiles, type TempFiles } from '../support/files'
import { preparedDatabase } from '../support/prepared'

const TOKEN = 'a-long-admin-token-for-tests-0001'
const CSV = 'ID;Date;Besoin;Résultat;Municipalité\nX1;2025-02-03;Logement;Non comblé;Magog\nX2;2025-02-04;Aide alimentaire;Référé;Potton\n'

function upload(fields: Record<string, string>, file?: { name: string; content: string }): FormData {
  const form = new FormData()
  for (const [key, value] of Object.entries(fields)) form.append(key, value)
  if (file) form.append('file', new Blob([file.content], { type: 'text/csv' }), file.name)
  return form
}

describe.each(backends())('POST /api/imports on $name', (backend) => {
  let db: Database
  let server: TestServer
  let closed: TestServer
  let files: TempFiles
  beforeAll(async () => {
    db = await preparedDatabase(backend, false)
    files = tempFiles()
    server = await serveApi(db, { ADMIN_TOKEN: TOKEN, LACUNES_DATA_DIR: files.dir })
    closed = await serveApi(db, { LACUNES_DATA_DIR: files.dir })
  })
  afterAll(async () => {
    await server?.close()
    await closed?.close()
    await db?.close()
    files?.remove()
  })

  const post = (target: TestServer, body: FormData | string, token?: string) =>
    fetch(`${target.url}/api/imports`, { method: 'POST', body, headers: token ? { authorization: `Bearer ${token}` } : {} })

  it('is disabled without ADMIN_TOKEN', async () => {
    const response = await post(closed, upload({ kind: 'requests' }, { name: 'a.csv', content: CSV }), TOKEN)
    expect(response.status).toBe(403)
    expect((await response.json()).error.code).toBe('writes_disabled')
  })

  it('refuses a missing or wrong token', async () => {
    expect((await post(server, upload({ kind: 'requests' }, { name: 'a.csv', content: CSV }))).status).toBe(401)
    expect((await post(server, upload({ kind: 'requests' }, { name: 'a.csv', content: CSV }), `${TOKEN}x`)).status).toBe(401)
  })

  it('imports an uploaded request file and returns its report', async () => {
    const response = await post(server, upload({ kind: 'requests' }, { name: 'appels.csv', content: CSV }), TOKEN)
    expect(response.status).toBe(201)
    const report = (await response.json()) as ImportReport
    expect(report).toMatchObject({ kind: 'requests', file: 'appels.csv', rows_read: 2, added: 2, rejected: 0 })
    const [row] = await db.query<{ n: number }>('SELECT count(*) AS n FROM request')
    expect(row?.n).toBe(2)
  })

  it('answers a bad file with a 422 naming the file, and no internal path', async () => {
    const response = await post(server, upload({ kind: 'requests' }, { name: 'vide.csv', content: 'ID;Date\n' }), TOKEN)
    expect(response.status).toBe(422)
    const body = (await response.json()) as { error: { code: string; message: string } }
    expect(body.error.code).toBe('invalid_file')
    expect(body.error.message).toMatch(/^vide\.csv: /)
    expect(body.error.message).not.toMatch(/lacunes-upload|\/tmp\//)
  })

  it('validates its fields', async () => {
    const noFile = await post(server, upload({ kind: 'requests' }), TOKEN)
    expect(noFile.status).toBe(400)
    const badKind = await post(server, upload({ kind: 'cats' }, { name: 'a.csv', content: CSV }), TOKEN)
    expect(badKind.status).toBe(400)
    expect((await badKind.json()).error.message).toMatch(/^kind: /)
    const noLevel = await post(server, upload({ kind: 'territories' }, { name: 'a.geojson', content: '{}' }), TOKEN)
    expect((await noLevel.json()).error.message).toMatch(/^level: required/)
    const notMultipart = await post(server, 'kind=requests', TOKEN)
    expect(notMultipart.status).toBe(415)
  })
})
