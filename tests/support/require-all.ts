/**
 * In CI (LACUNES_REQUIRE_ALL_SUITES=1) a suite that lacks PostGIS or Chromium fails instead of
 * skipping; locally it skips and says why.
 */
export const REQUIRE_ALL = process.env.LACUNES_REQUIRE_ALL_SUITES === '1'

/** Logs why a suite skips, or throws when skipping is not allowed. */
export function skipBecause(reason: string): void {
  if (REQUIRE_ALL) throw new Error(`this suite must run here but cannot: ${reason}`)
  console.warn(`[skipped] ${reason}`)
}
