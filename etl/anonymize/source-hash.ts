import { createHmac } from 'node:crypto'

/**
 * The stored identity of a request: a keyed hash (HMAC-SHA-256, first 128 bits, written as a UUID) of
 * its source id and need category, so a re-import is recognized without the source id being stored.
 */
export function requestId(secret: string, sourceId: string, category: string): string {
  return hexToUuid(createHmac('sha256', secret).update(sourceId).update('\u0000').update(category).digest('hex'))
}

/** What requestId hashes: the source id and the category, NUL between. */
export function requestIdMessage(sourceId: string, category: string): string {
  return `${sourceId}${requestIdSuffix(category)}`
}

/** What follows the source id in requestIdMessage. */
export function requestIdSuffix(category: string): string {
  return `\u0000${category}`
}

/** Writes the first 128 bits of a hex digest as a UUID. */
export function hexToUuid(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}
