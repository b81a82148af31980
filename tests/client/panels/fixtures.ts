import type { MetricsRow, TerritoryProfile } from '../../../core/api/types'

/** A metrics row with defaults; `withheld` nulls the counts and what is computed from them, as the server does. */
export function row(id: number, name: string, values: Partial<MetricsRow> = {}, withheld = false): MetricsRow {
  const base: MetricsRow = {
    territory_id: id,
    name,
    population: 10_000 + id,
    demand: 100,
    demand_rate: 10,
    unmet: 20,
    unmet_share: 0.2,
    supply: 5,
    access: 0.001,
    gap: 0,
    deprivation: 0.5,
    suppressed: false,
    ...values,
  }
  return withheld ? { ...base, demand: null, demand_rate: null, unmet: null, unmet_share: null, gap: null, suppressed: true } : base
}

/** A profile like the server's: some months, categories and breakdowns withheld. */
export function profile(id = 23, name = 'Avignon', overrides: Partial<TerritoryProfile> = {}): TerritoryProfile {
  return {
    territory: { id, code: '06', name, level: 'mrc', parent_id: 11, parent_name: 'Gaspésie–Îles-de-la-Madeleine', population: 15202 },
    from: '2025-11',
    to: '2026-01',
    k: 10,
    totals: { demand: 40, demand_rate: 2.63, unmet: null, unmet_share: null, suppressed: false, supply: 44, access: 0.000225, gap: 1.25, deprivation: 0.61 },
    gap_explanation: { fr: 'Plus de besoins que d’accès.', en: 'More need than access.' },
    by_category: [
      { category_id: 'food', demand: 25, demand_rate: 1.6, unmet: 10, unmet_share: 0.4, suppressed: false, supply: 7, access: 0.0004 },
      { category_id: 'housing', demand: null, demand_rate: null, unmet: null, unmet_share: null, suppressed: true, supply: 1, access: 0.00004 },
    ],
    top_unmet: ['food'],
    categories_without_service: ['education', 'crisis'],
    monthly: [
      { month: '2025-11', demand: 20, unmet: 10, suppressed: false },
      { month: '2025-12', demand: null, unmet: null, suppressed: true },
      { month: '2026-01', demand: 15, unmet: 0, suppressed: false },
    ],
    by_child: [
      { territory_id: 162, name: 'Carleton-sur-Mer', level: 'municipality', demand: 15, share: 0.375, suppressed: false },
      { territory_id: 164, name: 'Escuminac', level: 'municipality', demand: null, share: null, suppressed: true },
    ],
    by_age_group: [
      { age_group: '35-49', demand: 15, share: 0.375, suppressed: false },
      { age_group: '65+', demand: null, share: null, suppressed: true },
    ],
    by_channel: [{ channel: '211', demand: 35, share: 0.875, suppressed: false }],
    share_65_plus: null,
    services: [{ service_id: 's1', service_name: 'Aide alimentaire', organization_name: 'CAB de Nouvelle', categories: ['food'], lon: -66.3, lat: 48.1, synthetic: true }],
    data: { precision: { postal_code: 40, fsa: null }, last_import: '2026-11-25T06:02:03Z', synthetic: true },
    ...overrides,
  }
}

/** A fetch that answers JSON bodies by URL prefix and records what was asked; anything else is a 404 error body. */
export function mockFetch(routes: Record<string, unknown>): { fetch: typeof fetch; calls: string[] } {
  const calls: string[] = []
  const fetchMock = (async (input: RequestInfo | URL) => {
    const url = String(input)
    calls.push(url)
    const match = Object.keys(routes).find((prefix) => url.startsWith(prefix))
    if (match === undefined) return new Response(JSON.stringify({ error: { code: 'not_found', message: 'Not found' } }), { status: 404 })
    return new Response(JSON.stringify(routes[match]), { status: 200, headers: { 'content-type': 'application/json' } })
  }) as typeof fetch
  return { fetch: fetchMock, calls }
}
