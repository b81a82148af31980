/**
 * Sends a JSON body with an ETag and Cache-Control, answering 304 when the client already has it.
 * Bodies are cached per data version: any finished import changes the version, so nothing stale is served.
 */
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import type { Request, Response } from 'express'

export interface JsonCache {
  /** The cached body for `key`, computing it with `make` (a JSON string) on a miss. */
  get(version: string, key: string, make: () => Promise<string>): Promise<{ body: string; etag: string }>
}

/**
 * An LRU cache bounded in bytes (and entries) that forgets everything when the data version changes.
 * Sized for every level × category × usual period of a map session: a miss costs a query, a hit nothing.
 */
export function createJsonCache(maxBytes = 96 * 2 ** 20, maxEntries = 20_000): JsonCache {
  let currentVersion = ''
  let bytes = 0
  const entries = new Map<string, Promise<{ body: string; etag: string }>>()
  const sizes = new Map<string, number>()
  const evict = () => {
    while ((bytes > maxBytes || entries.size > maxEntries) && entries.size > 1) {
      const oldest = entries.keys().next().value as string
      entries.delete(oldest)
      bytes -= sizes.get(oldest) ?? 0
      sizes.delete(oldest)
    }
  }
  return {
    get(version, key, make) {
      if (version !== currentVersion) {
        entries.clear()
        sizes.clear()
        bytes = 0
        currentVersion = version
      }
      let entry = entries.get(key)
      if (entry) {
        // Most recently used goes last.
        entries.delete(key)
        entries.set(key, entry)
        return entry
      }
      entry = make().then((body) => ({ body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` }))
      entries.set(key, entry)
      const made = entry
      entry.then(
        ({ body }) => {
          if (entries.get(key) !== made) return
          sizes.set(key, body.length)
          bytes += body.length
          evict()
        },
        () => {
          if (entries.get(key) === made) entries.delete(key)
        },
      )
      return entry
    },
  }
}

/** Bodies smaller than this go out as they are: gzip would not pay for itself. */
const GZIP_FROM_BYTES = 1024

/** Gzipped bodies, computed once per cached entry (the entry object is the key, so they go with it). */
const gzipped = new WeakMap<object, Buffer>()

/** Writes `body` as JSON with validators; `maxAge` in seconds. A cached body is gzipped once, not per answer. */
export function sendJson(req: Request, res: Response, entry: { body: string; etag: string }, maxAge = 60, type = 'application/json'): void {
  res.setHeader('ETag', entry.etag)
  res.setHeader('Cache-Control', `public, max-age=${maxAge}, must-revalidate`)
  res.setHeader('Vary', 'Accept-Encoding')
  if (req.headers['if-none-match'] === entry.etag) {
    res.status(304).end()
    return
  }
  res.type(type)
  if (entry.body.length >= GZIP_FROM_BYTES && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    let body = gzipped.get(entry)
    if (!body) {
      body = gzipSync(entry.body)
      gzipped.set(entry, body)
    }
    res.setHeader('Content-Encoding', 'gzip')
    res.end(body)
    return
  }
  res.send(entry.body)
}
