import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    // Every database test file starts from a copy of databases prepared once per run.
    globalSetup: ['tests/support/snapshot-setup.ts'],
    // A PGlite instance with PostGIS takes seconds to start and a demo load longer: one per file.
    testTimeout: 60_000,
    hookTimeout: 240_000,
    pool: 'forks',
    maxWorkers: 2,
    reporters: ['default'],
  },
})
