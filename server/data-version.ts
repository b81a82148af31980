/**
 * The data version: the last finished load, which keys every cache and ETag. It is read at most every
 * `ttlMs`, and once known, a refresh happens in the background: requests get the version known so far
 * instead of queueing behind one more query on a busy pool (a load is seen at most `ttlMs` late).
 * A TTL of 0 reads on every call (tests that import, then read).
 */
import type { Database } from '../core/db/database'

export function dataVersionReader(db: Database, ttlMs = 2000): () => Promise<string> {
  let known: string | null = null
  let pending: Promise<string> | null = null
  let readAt = 0
  const refresh = (): Promise<string> => {
    readAt = Date.now()
    const reading = db
      .query<{ v: string | null }>(`SELECT max(id)::text || ':' || count(*)::text AS v FROM import_log WHERE status = 'succeeded'`)
      .then((rows) => {
        known = rows[0]?.v ?? 'empty'
        return known
      })
      .finally(() => {
        if (pending === reading) pending = null
      })
    pending = reading
    return reading
  }
  return () => {
    if (known === null || ttlMs === 0) return pending ?? refresh()
    if (!pending && Date.now() - readAt > ttlMs) refresh().catch(() => undefined)
    return Promise.resolve(known)
  }
}
