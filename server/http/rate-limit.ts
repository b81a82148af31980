/**
 * Per-client rate limiting with a token bucket: each client address may make `perMinute` requests a
 * minute, in bursts up to that many; past it, a 429 JSON answer with Retry-After.
 */
import type { RequestHandler } from 'express'

export interface TokenBuckets {
  /** Takes one token for `key` at time `now` (ms); returns 0 if allowed, else seconds to wait. */
  take(key: string, now: number): number
}

/** Buckets of `capacity` tokens refilled at `capacity` per minute; idle buckets are forgotten. */
export function tokenBuckets(capacity: number, maxKeys = 100_000): TokenBuckets {
  const ratePerMs = capacity / 60_000
  const buckets = new Map<string, { tokens: number; at: number }>()
  return {
    take(key, now) {
      let bucket = buckets.get(key)
      if (!bucket) {
        // A flood of new addresses must not grow memory without bound: start again when full.
        if (buckets.size >= maxKeys) buckets.clear()
        bucket = { tokens: capacity, at: now }
        buckets.set(key, bucket)
      }
      bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.at) * ratePerMs)
      bucket.at = now
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1
        return 0
      }
      return Math.ceil((1 - bucket.tokens) / ratePerMs / 1000)
    },
  }
}

/** The middleware; `perMinute` 0 turns it off. */
export function rateLimit(perMinute: number): RequestHandler {
  if (perMinute <= 0) return (_req, _res, next) => next()
  const buckets = tokenBuckets(perMinute)
  return (req, res, next) => {
    const wait = buckets.take(req.ip ?? req.socket.remoteAddress ?? 'unknown', Date.now())
    if (wait === 0) {
      next()
      return
    }
    res.setHeader('Retry-After', String(wait))
    res.status(429).json({ error: { code: 'rate_limited', message: `too many requests; retry in ${wait} s` } })
  }
}
