/**
 * A database that cannot be reached (stopped, restarting, out of connections, network down) is a
 * temporary condition for the client: a 503 with Retry-After, never a 500, and the next request tries again.
 */
/** Seconds a client should wait before trying again. */
export const RETRY_AFTER_SECONDS = 5

/** Node socket errors of a server that is down or unreachable. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE'])
/** PostgreSQL SQLSTATEs: admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections (class 08 is matched whole). */
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300'])
/** What `pg` and `pg-pool` throw without a code when a connection ends or cannot be had in time. */
const DRIVER_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|not queryable|Client was closed|Cannot use a pool after calling end/

/** True when `error` (or an error it wraps) says the database server cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false
  const { code, message, cause, errors } = error as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown }
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || SERVER_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true
  if (typeof message === 'string' && DRIVER_MESSAGES.test(message)) return true
  // Node reports a refused dual-stack connection as an AggregateError of one error per address.
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true
  return isDatabaseUnavailable(cause, depth + 1)
}
