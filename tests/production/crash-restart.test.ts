/**
 * The server killed with SIGKILL while it uses the embedded PGlite database: under traffic right after its
 * first start, and during an upload import. The next start must come up healthy with consistent data (PGlite replays its WAL; an
 * import is one transaction) and say that the previous run did not stop cleanly. A second server on a
 * folder in use must refuse to start, naming the folder and the remedy, instead of corrupting it.
 */
import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DatasetMeta, HealthResponse } from '../../core/api/types'
import { LOCK_FILE } from '../../core/db/data-dir-lock'
import { startChildServer, type ChildServer } from '../support/child-server'
import { preparedDataDir } from '../support/prepared'

const ENV = { LACUNES_DEMO_REQUESTS: '2000', LACUNES_SECRET: 'crash-test-secret-0123456789', ADMIN_TOKEN: 'crash-test-admin-token-0001' }

async function json<T>(url: string): Promise<{ status: number; body: T }> {
  const response = await fetch(url)
  return { status: response.status, body: (await response.json()) as T }
}

describe('SIGKILL on the embedded database', () => {
  let dataDir: string
  const servers: ChildServer[] = []
  const start = () => {
    const server = startChildServer({ ...ENV, LACUNES_DATA_DIR: dataDir })
    servers.push(server)
    return server
  }
  beforeAll(() => {
    // The demo snapshot of the run when there is one: the first start then opens data instead of generating it.
    dataDir = preparedDataDir('lacunes-crash-')
  })
  afterAll(async () => {
    for (const server of servers) await server.stop()
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  let requests = 0
  let serving: ChildServer

  it('killed right after its first start, restarts healthy with the same data', async () => {
    const first = start()
    const url = await first.ready(400_000)
    requests = (await json<DatasetMeta>(`${url}/api/meta`)).body.requests.count
    expect(requests).toBeGreaterThan(2000)
    const traffic = Promise.all(Array.from({ length: 20 }, () => fetch(`${url}/api/metrics?level=mrc&category=all&from=2025-01&to=2025-12`).catch(() => null)))
    await new Promise((resolve) => setTimeout(resolve, 100))
    first.process.kill('SIGKILL')
    expect(await first.exited).toBe('SIGKILL')
    await traffic
    expect(existsSync(join(dataDir, LOCK_FILE)), 'the killed process left its lock').toBe(true)

    serving = start()
    const next = await serving.ready(200_000)
    expect(serving.output()).toMatch(new RegExp(`previous process on ${dataDir} \\(pid ${first.process.pid}\\) did not stop cleanly`))
    const health = await json<HealthResponse>(`${next}/api/health`)
    expect(health.status).toBe(200)
    expect(health.body.last_import).not.toBeNull()
    expect((await json<DatasetMeta>(`${next}/api/meta`)).body.requests.count).toBe(requests)
    // The data survived the kill: no demo generated again.
    expect(serving.output()).not.toMatch(/generating the demo dataset/)
  }, 600_000)

  it('refuses a second server on a folder in use, naming the folder and what to do', async () => {
    const second = start()
    const code = await second.exited
    expect(code).toBe(1)
    expect(second.output()).toContain(`the embedded database folder ${dataDir} is in use by another Lacunes process (pid ${serving.process.pid}`)
    expect(second.output()).toMatch(/stop that process first|LACUNES_DATA_DIR/)
    // The first one is untouched.
    expect(serving.process.exitCode).toBeNull()
  }, 60_000)

  it('killed during an upload import, restarts healthy with the import all or nothing', async () => {
    const url = await serving.ready(1000)
    const rows = 40_000
    const csv = ['ID;Date;Besoin;Résultat;Municipalité', ...Array.from({ length: rows }, (_, i) => `K${i};2025-0${1 + (i % 9)}-1${i % 10};Logement;Non comblé;Magog`)].join('\n')
    const form = new FormData()
    form.append('kind', 'requests')
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'appels.csv')
    let answered = false
    const upload = fetch(`${url}/api/imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${ENV.ADMIN_TOKEN}` } }).then(
      () => (answered = true),
      () => null,
    )
    await new Promise((resolve) => setTimeout(resolve, 700))
    serving.process.kill('SIGKILL')
    await serving.exited
    await upload
    console.log(`[crash-restart] killed ${answered ? 'after' : 'during'} the import of ${rows} rows`)

    const again = start()
    const next = await again.ready(200_000)
    expect(again.output()).toMatch(/did not stop cleanly/)
    expect((await json<HealthResponse>(`${next}/api/health`)).status).toBe(200)
    const count = (await json<DatasetMeta>(`${next}/api/meta`)).body.requests.count
    // One transaction: none of the file, or (had it finished just before the kill) all of it.
    expect(answered ? [requests + rows] : [requests]).toContain(count)
    expect(again.output()).not.toMatch(/generating the demo dataset/)
    // A clean stop releases the folder.
    expect(await again.stop()).toBe(0)
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false)
  }, 300_000)
})
