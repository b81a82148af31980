/** JSON errors: every 4xx/5xx answer is `{error: {code, message, details?}}`, never a stack trace. */
import type { ErrorRequestHandler, RequestHandler } from 'express'
import type { Logger } from 'pino'
import type { ApiError } from '../../core/api/types'
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './database-unavailable'

/** An error meant for the client, with its HTTP status and a stable code. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
  }
}

/** The 503 every endpoint answers while the database is unavailable (the server's own error text stays in the log). */
export function databaseUnavailable(): HttpError {
  return new HttpError(503, 'database_unavailable', `the database is unavailable; retry in ${RETRY_AFTER_SECONDS} s`)
}

/** SQLSTATE 22021, character_not_in_repertoire: raised for a NUL character in text. */
const INVALID_BYTE_SEQUENCE = '22021'

/** Stable codes of the 4xx errors Express's own middlewares raise (body parser, static files). */
const CLIENT_ERROR_CODES: Record<number, string> = { 403: 'forbidden', 404: 'not_found', 405: 'method_not_allowed', 413: 'too_large', 415: 'unsupported_media_type' }

function body(code: string, message: string, details?: unknown): ApiError {
  return { error: details === undefined ? { code, message } : { code, message, details } }
}

/** 404 for any /api path no route took. */
export const apiNotFound: RequestHandler = (req, res) => {
  res.status(404).json(body('not_found', `no such endpoint: ${req.method} ${req.path}`))
}

/** The last middleware: known errors keep their status; anything else is a logged 500 with no internals. */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    if (!(error instanceof HttpError) && isDatabaseUnavailable(error)) {
      logger.warn({ err: error, method: req.method, path: req.path }, 'database unavailable')
      if (res.headersSent) return
      error = databaseUnavailable()
    }
    if ((error as { code?: unknown } | null)?.code === INVALID_BYTE_SEQUENCE) {
      // Text from a client that PostgreSQL cannot store (a NUL character): the client's mistake, not ours.
      error = new HttpError(400, 'invalid_parameter', 'a parameter or file holds a character the database cannot store (NUL)')
    }
    if (error instanceof HttpError) {
      // A 503 is temporary: say when to come back.
      if (error.status === 503) res.setHeader('Retry-After', String(RETRY_AFTER_SECONDS))
      res.status(error.status).json(body(error.code, error.message, error.details))
      return
    }
    const status = (error as { status?: number; statusCode?: number }).status ?? (error as { statusCode?: number }).statusCode
    if (typeof status === 'number' && status >= 400 && status < 500) {
      // Body-parser and similar errors: a client mistake, described without internals.
      res.status(status).json(body(CLIENT_ERROR_CODES[status] ?? 'bad_request', (error as { expose?: boolean }).expose ? (error as Error).message : 'bad request'))
      return
    }
    logger.error({ err: error, method: req.method, path: req.path }, 'request failed')
    if (res.headersSent) return
    res.status(500).json(body('internal', 'internal error; it was logged'))
  }
}
