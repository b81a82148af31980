import { createHmac } from 'node:crypto'

/**
 * The stored identity of a request: a keyed hash (HMAC-SHA-256) of its source id and need category,
 * so a re-import is recognized without the source id ever being stored.
 */
export function sourceHash(secret: string, sourceId: string, category: string): string {
  return createHmac('sha256', secret).update(sourceId).update('\u0000').update(category).digest('hex')
}
