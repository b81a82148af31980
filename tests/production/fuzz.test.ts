/**
 * Hostile input on every endpoint the OpenAPI description lists (read when the test runs, so new routes are
 * fuzzed too): random and malicious query parameters, path segments, methods, multipart and other bodies,
 * oversized bodies and path traversal on the static files. Whatever comes in, the server never answers a
 * 500, and never lets out a stack trace, an internal path or an SQL error.
 */
import { request } from 'node:http'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Database } from '../../core/db/database'
import { runDemo } from '../../etl/demo/run-demo'
import '../../server/app'
import { openApiDocument } from '../../server/openapi'
import { serveApi, type TestServer } from '../support/api-server'
import { backends } from '../support/databases'
import { preparedDatabase } from '../support/prepared'

const TOKEN = 'fuzz-admin-token-0123456789'
const RUNS = Number(process.env.LACUNES_FUZZ_RUNS ?? 30)

/** Values an attacker or a broken client sends: injections, traversal, encodings, extremes. */
const HOSTILE = [
  "' OR '1'='1",
  "'; DROP TABLE request; --",
  '" OR ""="',
  "1' UNION SELECT usename, passwd FROM pg_shadow --",
  '1; SELECT pg_sleep(5)',
  "$$; SELECT 1; $$",
  '\\',
  '%',
  '_',
  '\u0000',
  '%00',
  '../../../../etc/passwd',
  '..%2f..%2fpackage.json',
  '<script>alert(1)</script>',
  '${jndi:ldap://x/a}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'NaN',
  'Infinity',
  '-Infinity',
  '-1',
  '0',
  '1e309',
  '-0',
  '99999999999999999999999',
  '0x1f',
  '1.5',
  ' ',
  '',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '𝕏🏳️‍🌈é\u200b',
  'a'.repeat(5000),
  '2025-13',
  '2025-00',
  '0000-01',
  '9999-12',
  '2025-1',
  '-73.6,45.4,-73.5,45.6',
  '180,90,-180,-90',
  '1,2,3',
  'nan,nan,nan,nan',
  'mrc',
  'region',
  'neighbourhood',
  'food',
  'all',
  'unmet',
  '211',
  'H0H 0H0',
  'J1X3W2',
  'J1X',
  'Z9Z9Z9',
  '1,2,3,4,5',
  '1,1',
]

const value = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
)

interface Endpoint {
  method: string
  path: string
  names: string[]
}

/** The GET endpoints and their parameter names, from the OpenAPI description. */
function getEndpoints(): Endpoint[] {
  const paths = (openApiDocument() as { paths: Record<string, Record<string, { parameters?: { name: string; in: string }[] }>> }).paths
  return Object.entries(paths).flatMap(([path, operations]) =>
    Object.entries(operations)
      .filter(([method]) => method === 'get')
      .map(([method, operation]) => ({ method, path, names: (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name) })),
  )
}

/** A path with each `{param}` replaced by a random, percent-encoded segment. */
const pathOf = (path: string) =>
  fc
    .array(fc.oneof(value, fc.constantFrom('mrc', '5', '9', '11', '0', '..', '.', '%2e%2e')), { minLength: 5, maxLength: 5 })
    .chain((segments) =>
      fc.constantFrom('', '.mvt', '.pbf', '.mvt.gz', '.MVT', '.json').map((suffix) => {
        let i = 0
        return path.replace(/\{[a-z_]+\}(\.mvt)?/g, (_m, ext: string | undefined) => {
          const segment = segments[i++] ?? ''
          // Dot segments and bad percent-encodings go out raw; anything else (a space, say) would not be a valid request.
          const encoded = segment === '..' || segment === '.' || /^%[0-9a-z%]*$/i.test(segment) ? segment : encodeURIComponent(segment)
          return encoded + (ext ? suffix : '')
        })
      }),
    )

/** A query string: known parameters with hostile values, repeated or unknown ones, or raw malformed text. */
const queryOf = (names: string[]) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...(names.length ? names : ['q'])), fc.constantFrom('__proto__', 'constructor', 'level[]', 'x'), fc.string({ maxLength: 8 })), value), { maxLength: 6 }).map((pairs) => new URLSearchParams(pairs).toString()) },
    { weight: 1, arbitrary: fc.constantFrom('%', '%zz', '&&&', '=x', 'level=%E0%A4%A', 'level[a]=1&level[b]=2', `${names[0] ?? 'q'}=1&${names[0] ?? 'q'}=2`, 'a'.repeat(4000)) },
  )

/** Text that must never reach a client: a stack frame, a source path, a server path, an SQL error. */
const LEAKS = [
  /\n\s+at .+:\d+:\d+/,
  /\/work\/|node_modules|\/tmp\/lacunes|\/usr\/|\/root\//,
  /[\w-]+\.(ts|mjs)\b(?!v)/,
  /syntax error|invalid input syntax|relation "|column "|violates .*constraint|duplicate key|SQLSTATE|ERROR:\s|unterminated quoted|pg_catalog|operator does not exist|out of range for type/i,
  /TypeError|ReferenceError|RangeError|Cannot read propert/,
]

interface Answer {
  status: number
  type: string
  text: string
}

/** Checks an answer to a hostile request; `inputs` (what was sent) may be echoed back and is not a leak. */
function expectSafe(label: string, answer: Answer, inputs: string[]): void {
  expect(answer.status, `${label}: ${answer.text.slice(0, 300)}`).toBeLessThan(500)
  let text = answer.text.slice(0, 200_000)
  for (const input of inputs.filter((i) => i.length > 0).sort((a, b) => b.length - a.length)) {
    for (const form of [input, JSON.stringify(input).slice(1, -1)]) text = text.split(form).join('')
  }
  for (const leak of LEAKS) expect(leak.test(text), `${label} leaks ${leak}: ${answer.text.slice(0, 300)}`).toBe(false)
  // A HEAD answer has headers only; 414 and 431 come from Node's HTTP parser before any middleware.
  if (answer.status >= 400 && answer.status !== 431 && answer.status !== 414 && !label.startsWith('HEAD ')) {
    expect(answer.type, `${label}: errors are JSON`).toMatch(/application\/json/)
    const body = JSON.parse(answer.text) as { error?: { code?: unknown; message?: unknown } }
    expect(typeof body.error?.code, label).toBe('string')
    expect(typeof body.error?.message, label).toBe('string')
  }
}

/** A request sent byte for byte as given (fetch would normalize `..` and `%2e%2e` away). */
function rawRequest(base: string, method: string, path: string, headers: Record<string, string> = {}, body?: Buffer | string): Promise<Answer> {
  const url = new URL(base)
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, method, path, headers: { ...headers, ...(body !== undefined ? { 'content-length': String(Buffer.byteLength(body)) } : {}) } }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), text: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    if (body !== undefined) req.write(body)
    req.end()
  })
}

async function answer(response: Response): Promise<Answer> {
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() }
}

describe.each(backends())('hostile input on $name', (backend) => {
  let db: Database
  let server: TestServer
  let client: string
  const INDEX = '<!doctype html><title>Lacunes test page</title>'

  beforeAll(async () => {
    // The reference geodata from the run's snapshot (loading it here took 24 s on PGlite), and a small demo.
    db = await preparedDatabase(backend, false)
    await runDemo(db, { requests: 2000, organizations: 150, seed: 3 })
    // A stand-in for client/dist, so static files are served whether or not the client is built.
    client = mkdtempSync(join(tmpdir(), 'lacunes-fuzz-client-'))
    mkdirSync(join(client, 'assets'))
    writeFileSync(join(client, 'index.html'), INDEX)
    writeFileSync(join(client, 'assets', 'app-1234.js'), 'console.log("app")')
    server = await serveApi(db, { ADMIN_TOKEN: TOKEN, LACUNES_SECRET: 'fuzz-secret-0123456789abcdef', LACUNES_RATE_LIMIT: '0' }, { clientDist: `${client}/` })
  })
  afterAll(async () => {
    await server?.close()
    await db?.close()
    if (client) rmSync(client, { recursive: true, force: true })
  })

  it('lists the endpoints to fuzz from the OpenAPI description', () => {
    const paths = getEndpoints().map((e) => e.path)
    for (const path of ['/api/metrics', '/api/territories', '/api/services/near', '/api/organizations', '/api/export/metrics.csv', '/api/tiles/{level}/{z}/{x}/{y}.mvt']) expect(paths).toContain(path)
  })

  it('never fails on random and malicious query parameters and path segments of any GET endpoint', async () => {
    for (const endpoint of getEndpoints()) {
      await fc.assert(
        fc.asyncProperty(pathOf(endpoint.path), queryOf(endpoint.names), async (path, query) => {
          const target = `${path}${query ? `?${query}` : ''}`
          const result = await rawRequest(server.url, 'GET', target)
          expectSafe(`GET ${target.slice(0, 200)}`, result, [...new URLSearchParams(query).values(), ...new URLSearchParams(query).keys(), ...path.split('/').map((s) => { try { return decodeURIComponent(s) } catch { return s } })])
        }),
        { numRuns: RUNS, endOnFailure: true },
      )
    }
  }, 120_000)

  it('answers injection strings and NUL characters in every parameter as data, not SQL', async () => {
    // NUL found by this fuzzing: PostgreSQL refuses it in text (SQLSTATE 22021), which was a 500.
    const injections = [...HOSTILE.slice(0, 6), '\u0000', 'a\u0000b']
    for (const endpoint of getEndpoints().filter((e) => e.names.length > 0)) {
      for (const name of endpoint.names) {
        for (const injection of injections) {
          const query = new URLSearchParams({ [name]: injection }).toString()
          const path = endpoint.path.replace(/\{[a-z_]+\}/g, encodeURIComponent(injection))
          expectSafe(`GET ${path}?${query}`, await rawRequest(server.url, 'GET', `${path}?${query}`), [injection])
        }
      }
    }
    // The tables are all still there.
    const [row] = await db.query<{ n: number }>('SELECT count(*) AS n FROM request')
    expect(row?.n).toBeGreaterThan(0)
  }, 120_000)

  it('rejects malformed tile coordinates with a 400', async () => {
    const bad = ['/mrc/-1/0/0.mvt', '/mrc/23/0/0.mvt', '/mrc/2/4/0.mvt', '/mrc/2/0/4.mvt', '/mrc/1.5/0/0.mvt', '/mrc/0x1/0/0.mvt', '/mrc/1e1/0/0.mvt', '/mrc/99999999999999999999/0/0.mvt', '/mrc/2/1/1.png', '/mrc/2/1/1', '/mrc/2/1/%2e%2e.mvt', '/%00/2/1/1.mvt', '/mrc/%20/1/1.mvt', "/mrc'--/2/1/1.mvt"]
    for (const tile of bad) {
      const result = await rawRequest(server.url, 'GET', `/api/tiles${tile}`)
      expectSafe(tile, result, [tile])
      expect([400, 404], tile).toContain(result.status)
    }
  })

  it('never fails on other methods', async () => {
    const paths = ['/api/metrics', '/api/imports', '/api/health', '/api/tiles/mrc/0/0/0.mvt', '/metrics', '/', '/assets/app-1234.js']
    for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE', 'PROPFIND']) {
      for (const path of paths) expectSafe(`${method} ${path}`, await rawRequest(server.url, method, path, { 'content-type': 'application/json' }, '{"a":1}'), [])
    }
  })

  it('never fails on random uploads to POST /api/imports', async () => {
    const fields = ['kind', 'format', 'sheet', 'map', 'dry_run', 'level', 'code_field', 'name_field', 'population_field', 'parent_level', 'label_fr', 'label_en']
    const fileContent = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }).map((bytes) => Buffer.from(bytes)),
      fc.constantFrom(
        'ID;Date;Besoin;Résultat;Municipalité\nX1;2025-02-03;Logement;Non comblé;Magog\n',
        'ID;Date\n',
        '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]},"properties":{}}]}',
        '{"type":"FeatureCollection","features":[{"geometry":null}]}',
        'PK\u0003\u0004garbage-zip',
        '\uFEFF"a""b",c\r\n"unterminated',
        '=cmd|/c calc!A1,+1,-1,@SUM(1)\n',
      ).map((text) => Buffer.from(text)),
      // Plausible request and organization files with hostile cells.
      fc
        .tuple(fc.constantFrom('ID;Date;Besoin;Résultat;Municipalité', 'id,date,category,outcome,postal_code,age_group,channel', 'name,address,latitude,longitude,category'), fc.array(fc.array(value, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), fc.constantFrom(';', ','))
        .map(([header, rows, separator]) => Buffer.from([header, ...rows.map((row) => row.join(separator))].join('\n'))),
    )
    const statuses = new Map<number, number>()
    const upload = fc.record({
      token: fc.constantFrom(TOKEN, TOKEN, TOKEN, 'wrong-token-0123456789', ''),
      kind: fc.option(fc.constantFrom('requests', 'organizations', 'territories'), { freq: 4 }),
      fields: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...fields), fc.string({ maxLength: 10 })), fc.oneof(fc.constantFrom('requests', 'organizations', 'territories', 'csv', 'xlsx', 'geojson', 'hsds', 'true', 'fuzz_level', '{"a":"b"}', '{"a":1}'), value)), { maxLength: 5 }),
      file: fc.option(fc.record({ name: fc.oneof(fc.constantFrom('a.csv', 'a.xlsx', 'a.geojson', 'a.zip', 'a.json', '../../etc/passwd', '', '.ts', 'x'.repeat(300)), fc.string({ maxLength: 20 })), content: fileContent })),
    })
    await fc.assert(
      fc.asyncProperty(upload, async ({ token, kind, fields: pairs, file }) => {
        const form = new FormData()
        if (kind) form.append('kind', kind)
        if (kind === 'territories') form.append('level', 'fuzz_level')
        for (const [name, v] of pairs) form.append(name, v)
        if (file) form.append('file', new Blob([new Uint8Array(file.content)]), file.name)
        const response = await fetch(`${server.url}/api/imports`, { method: 'POST', body: form, headers: token ? { authorization: `Bearer ${token}` } : {} })
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
        expectSafe(`POST /api/imports ${JSON.stringify(pairs).slice(0, 200)} ${file?.name ?? '(no file)'}`, await answer(response), [...pairs.flat(), file?.name ?? '', file?.content.toString('utf8') ?? ''])
      }),
      { numRuns: RUNS * 3, endOnFailure: true },
    )
    console.log(`[fuzz] POST /api/imports answers by status: ${JSON.stringify(Object.fromEntries(statuses))}`)
  }, 180_000)

  it('answers a fake or truncated zip uploaded as territories with a 422 at once', async () => {
    // Found by this fuzzing: shpjs's unzipper looped forever on a file starting with "P" and holding no zip
    // directory, which froze the whole server (every later request, and this test's own timeout).
    for (const content of ['PK\u0003\u0004garbage-zip', 'PK', `PK${'xP'.repeat(1000)}`]) {
      const form = new FormData()
      form.append('kind', 'territories')
      form.append('level', 'fuzz_level')
      form.append('file', new Blob([content]), 'a.zip')
      const response = await fetch(`${server.url}/api/imports`, { method: 'POST', body: form, headers: { authorization: `Bearer ${TOKEN}` } })
      const result = await answer(response)
      expect(result.status, result.text).toBe(422)
      expectSafe(`zip ${content.slice(0, 20)}`, result, [content])
    }
  })

  it('never fails on malformed bodies and content types', async () => {
    const bodies: [string, string | Buffer][] = [
      ['multipart/form-data', 'no boundary'],
      ['multipart/form-data; boundary=xyz', '--xyz\r\nContent-Disposition: form-data; name="kind"\r\n\r\nrequests\r\n--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nID;Date\r\n'],
      ['multipart/form-data; boundary=xyz', '--xyz--'],
      ['multipart/form-data; boundary=', ''],
      ['application/json', '{"kind":'],
      ['application/json', '{"__proto__":{"polluted":true}}'],
      ['application/json', '[' .repeat(5000)],
      ['application/x-www-form-urlencoded', 'kind=requests&file=a'],
      ['text/csv', 'ID;Date\n1;2025-01-01\n'],
      ['application/octet-stream', Buffer.from([0, 1, 2, 255])],
    ]
    for (const [type, body] of bodies) {
      for (const auth of [{ authorization: `Bearer ${TOKEN}` }, {}] as Record<string, string>[]) {
        expectSafe(`POST ${type}`, await rawRequest(server.url, 'POST', '/api/imports', { 'content-type': type, ...auth }, body), [])
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('answers an oversized JSON body with a 413 in JSON, and an oversized URL without a 500', async () => {
    const big = JSON.stringify({ data: 'x'.repeat(2 * 1024 * 1024) })
    const result = await rawRequest(server.url, 'POST', '/api/imports', { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` }, big)
    expect(result.status).toBe(413)
    expectSafe('2 MB JSON', result, [])
    const long = await rawRequest(server.url, 'GET', `/api/metrics?level=${'a'.repeat(100_000)}`)
    expect([400, 414, 431]).toContain(long.status)
  })

  it('never serves a file outside the client folder, whatever the encoding of the path', async () => {
    const project = readFileSync(new URL('../../package.json', import.meta.url), 'utf8')
    const attempts = [
      '/..%2f..%2fetc/passwd',
      '/%2e%2e/package.json',
      '/%2e%2e%2fpackage.json',
      '/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2f..%2fpackage.json',
      '/assets/%2e%2e/%2e%2e/package.json',
      '/assets/../../package.json',
      '/../../package.json',
      '/..%5c..%5cpackage.json',
      '/assets/..%5c..%5c..%5cpackage.json',
      '/%252e%252e/%252e%252e/package.json',
      '/..%c0%af..%c0%afpackage.json',
      '/....//....//package.json',
      '/assets/%00../package.json',
      '/..;/package.json',
      '/index.html/..%2f..%2fpackage.json',
      '//etc/passwd',
      '/%2fetc%2fpasswd',
      '/assets/%2fetc%2fpasswd',
      '/package.json',
      '/server/main.ts',
      '/.env',
      '/.git/config',
      '/node_modules/express/package.json',
      '/api/../package.json',
      '/api/%2e%2e/package.json',
    ]
    for (const path of attempts) {
      const result = await rawRequest(server.url, 'GET', path)
      // Percent-encoding that is not UTF-8 cannot even be decoded: a 400.
      expect(path.includes('%c0') ? [400, 404] : [404], `${path}: ${result.status} ${result.text.slice(0, 100)}`).toContain(result.status)
      expect(result.text).not.toContain('root:x:0:0')
      expect(result.text).not.toContain(project.slice(0, 40))
      expect(result.text).not.toContain('import ')
      expectSafe(path, result, [])
    }
    // What is there is still served.
    expect((await rawRequest(server.url, 'GET', '/assets/app-1234.js')).status).toBe(200)
    expect((await rawRequest(server.url, 'GET', '/')).text).toBe(INDEX)
  })
})
