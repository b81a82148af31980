/**
 * Sends a JSON body with an ETag and Cache-Control, answering 304 when the client already has it.
 * Bodies are cached per data version: any finished import changes the version, so nothing stale is served.
 */
import { createHash } from 'node:crypto'
import type { Request, Response } from 'express'

export interface JsonCache {
  /** The cached body for `key`, computing it with `make` (a JSON string) on a miss. */
  get(version: string, key: string, make: () => Promise<string>): Promise<{ body: string; etag: string }>
}

/** An LRU-ish cache that forgets everything when the data version changes. */
export function createJsonCache(maxEntries = 200): JsonCache {
  let currentVersion = ''
  const entries = new Map<string, Promise<{ body: string; etag: string }>>()
  return {
    get(version, key, make) {
      if (version !== currentVersion) {
        entries.clear()
        currentVersion = version
      }
      let entry = entries.get(key)
      if (!entry) {
        entry = make().then((body) => ({ body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` }))
        entry.catch(() => entries.delete(key))
        if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string)
        entries.set(key, entry)
      }
      return entry
    },
  }
}

/** Writes `body` as JSON with validators; `maxAge` in seconds. */
export function sendJson(req: Request, res: Response, entry: { body: string; etag: string }, maxAge = 60, type = 'application/json'): void {
  res.setHeader('ETag', entry.etag)
  res.setHeader('Cache-Control', `public, max-age=${maxAge}, must-revalidate`)
  if (req.headers['if-none-match'] === entry.etag) {
    res.status(304).end()
    return
  }
  res.type(type).send(entry.body)
}
