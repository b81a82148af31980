/** The data version: the last finished load. Read at most every `ttlMs`, so hot paths don't query for it. */
import type { Database } from '../core/db/database'

export function dataVersionReader(db: Database, ttlMs = 2000): () => Promise<string> {
  let value: Promise<string> | null = null
  let readAt = 0
  return () => {
    const now = Date.now()
    if (!value || now - readAt > ttlMs) {
      readAt = now
      value = db
        .query<{ v: string | null }>(`SELECT max(id)::text || ':' || count(*)::text AS v FROM import_log WHERE status = 'succeeded'`)
        .then((rows) => rows[0]?.v ?? 'empty')
      value.catch(() => {
        value = null
      })
    }
    return value
  }
}
