/** Serves the API of a prepared database on a random port, for HTTP tests. */
import type { Server } from 'node:http'
import pino from 'pino'
import { readConfig } from '../../core/config'
import type { Database } from '../../core/db/database'
import { createApp } from '../../server/app'
import { dataVersionReader } from '../../server/data-version'
import { createJsonCache } from '../../server/http/cached-json'

export interface TestServer {
  url: string
  close(): Promise<void>
}

/** `clientDist`: a folder served as the built web client (default: client/dist). */
export async function serveApi(db: Database, env: Record<string, string> = {}, appOptions: { clientDist?: string } = {}): Promise<TestServer> {
  const config = readConfig({ ...env, LOG_LEVEL: 'silent' })
  const app = createApp({
    db,
    config,
    logger: pino({ level: 'silent' }),
    version: 'test',
    cache: createJsonCache(),
    dataVersion: dataVersionReader(db, 0),
  }, appOptions)
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening))
  })
  const address = server.address()
  if (!address || typeof address === 'string') throw new Error('no port')
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** GETs `path` from a test server and parses its JSON body (null when empty). */
export async function getJson<T>(server: TestServer, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: T; text: string; headers: Headers }> {
  const response = await fetch(server.url + path, { headers })
  const text = await response.text()
  return { status: response.status, body: (text ? JSON.parse(text) : null) as T, text, headers: response.headers }
}
