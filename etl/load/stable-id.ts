import { createHash } from 'node:crypto'

/** A UUID derived from a key, so reloading the same record gives it the same id (name-based, SHA-256). */
export function stableUuid(namespace: string, key: string): string {
  const hex = createHash('sha256').update(namespace).update('\u0000').update(key).digest('hex')
  // Version 8 (custom) and RFC 4122 variant bits, so the value is a well-formed UUID.
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
