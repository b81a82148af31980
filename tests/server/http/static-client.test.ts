import { request } from 'node:http'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import compression from 'compression'
import express from 'express'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { staticClient } from '../../../server/http/static-client'
import { listen } from '../../support/listen'

const SCRIPT = `export const answer = ${'42 + '.repeat(500)}0\n`

/** A raw GET (fetch would decompress the body and hide the encoding). */
function get(url: string, acceptEncoding: string | null): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('the built client, precompressed', () => {
  let dist: string
  let server: Awaited<ReturnType<typeof listen>>
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'lacunes-dist-'))
    mkdirSync(join(dist, 'assets'))
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Lacunes</title>')
    writeFileSync(join(dist, 'assets/app-abc123.js'), SCRIPT)
    writeFileSync(join(dist, 'assets/app-abc123.js.gz'), gzipSync(SCRIPT))
    writeFileSync(join(dist, 'assets/plain-def456.css'), 'body { color: black }')
    const app = express()
    app.use(compression())
    app.use(staticClient(`${dist}/`))
    server = await listen(app)
  })
  afterAll(async () => {
    await server?.close()
    rmSync(dist, { recursive: true, force: true })
  })

  it('sends the gzip twin of an asset as is, with the asset own type and a year of caching', async () => {
    const { status, headers, body } = await get(`${server.url}/assets/app-abc123.js`, 'gzip, deflate, br')
    expect(status).toBe(200)
    expect(headers['content-encoding']).toBe('gzip')
    expect(headers['content-type']).toMatch(/^text\/javascript/)
    expect(headers.vary).toMatch(/Accept-Encoding/i)
    expect(headers['cache-control']).toContain('immutable')
    expect(gunzipSync(body).toString('utf8')).toBe(SCRIPT)
  })

  it('sends the asset itself to a client that does not accept gzip', async () => {
    const { headers, body } = await get(`${server.url}/assets/app-abc123.js`, null)
    expect(headers['content-encoding']).toBeUndefined()
    expect(body.toString('utf8')).toBe(SCRIPT)
  })

  it('serves assets without a twin as before, and nothing outside the folder', async () => {
    expect((await get(`${server.url}/assets/plain-def456.css`, 'gzip')).status).toBe(200)
    expect((await get(`${server.url}/assets/..%2findex.html`, 'gzip')).status).toBe(404)
    expect((await get(`${server.url}/assets/missing.js`, 'gzip')).status).toBe(404)
  })
})
