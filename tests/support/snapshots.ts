/**
 * Prepared databases, built once per test run by the global setup (tests/support/snapshot-setup.ts) and
 * copied by each test file: migrating, loading the geodata and generating the demo take half a minute on
 * PGlite, copying a prepared one a few seconds.
 */
import { inject } from 'vitest'

/** What a test file may start from: the schema and geodata only, or with the test demo too. */
export type SnapshotKind = 'reference' | 'demo'

/** Where the prepared copies are: a PGlite data folder each, and a PostGIS template database each. */
export interface Snapshots {
  pglite: Record<SnapshotKind, string>
  postgis: Record<SnapshotKind, string> | null
}

declare module 'vitest' {
  export interface ProvidedContext {
    snapshots: Snapshots | null
  }
}

/** The snapshots of this run, or null when the global setup did not build them (a single file run by hand). */
export function snapshots(): Snapshots | null {
  try {
    return inject('snapshots') ?? null
  } catch {
    return null
  }
}
