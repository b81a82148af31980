/** Write endpoints need the admin token (Authorization: Bearer …), compared in constant time. */
import { createHash, timingSafeEqual } from 'node:crypto'
import type { RequestHandler } from 'express'
import { HttpError } from './errors'

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest()
}

export function requireAdminToken(token: string | undefined): RequestHandler {
  const expected = token ? digest(token) : null
  return (req, _res, next) => {
    if (!expected) throw new HttpError(403, 'writes_disabled', 'writes are disabled on this server: set ADMIN_TOKEN to enable them')
    const header = req.headers.authorization ?? ''
    const match = /^Bearer (.+)$/.exec(header)
    // Hashing both sides first gives equal lengths, so the comparison time says nothing about the token.
    if (!match || !timingSafeEqual(digest(match[1] ?? ''), expected)) {
      throw new HttpError(401, 'unauthorized', 'a valid admin token is required (Authorization: Bearer <ADMIN_TOKEN>)')
    }
    next()
  }
}
