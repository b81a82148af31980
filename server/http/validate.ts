/** Query-string validation with zod: a bad parameter is a 400 that names it. */
import type { Request } from 'express'
import type { z } from 'zod'
import { HttpError } from './errors'

/** Parses `req.query` with `schema`, or throws a 400 naming each bad parameter. */
export function parseQuery<S extends z.ZodType>(schema: S, req: Request): z.infer<S> {
  // PostgreSQL text cannot hold NUL: caught here, it is a 400 naming the parameter rather than an SQL error.
  for (const [name, value] of Object.entries(req.query)) {
    if ([value].flat().some((v) => typeof v === 'string' && v.includes('\u0000'))) {
      throw new HttpError(400, 'invalid_parameter', `${name}: must not contain a NUL character`, [{ parameter: name, message: 'must not contain a NUL character' }])
    }
  }
  const result = schema.safeParse(req.query)
  if (result.success) return result.data
  const issues = result.error.issues.map((issue) => ({ parameter: issue.path.join('.') || '(query)', message: issue.message }))
  const first = issues[0]
  throw new HttpError(400, 'invalid_parameter', first ? `${first.parameter}: ${first.message}` : 'invalid query', issues)
}
