/** The demo every prepared test database holds: small enough to load in seconds, large enough for every level to have data. */
export const TEST_DEMO = { requests: 30_000, organizations: 800, seed: 7 }
