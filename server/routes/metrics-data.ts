/**
 * The metrics table (demand, rate, unmet share, supply, access, gap per territory of a level, with suppression),
 * shared by GET /api/metrics and the exports so every channel publishes the same, equally protected figures.
 */
import { z } from 'zod'
import type { MetricsResponse, MetricsRow } from '../../core/api/types'
import { namedQuery } from '../../core/db/named-query'
import type { Channel, Outcome } from '../../core/domain/request-fields'
import { CHANNELS, OUTCOMES } from '../../core/domain/request-fields'
import { gapScores } from '../../core/domain/gap'
import type { AppContext } from '../context'
import { publishCount, publishedRatio } from '../privacy/publish-count'
import { loadWithheldCells } from '../privacy/withheld-cells'
import { HttpError } from '../http/errors'
import { knownLevel, knownTopCategory } from './known-values'

/**
 * A month of a period. Years are bounded: PostgreSQL has no year 0, and a period spanning millennia only makes
 * work (a profile has one trend point per month).
 */
export const month = z.string().regex(/^(19|20)\d{2}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM, from 1900-01 to 2099-12')

/** The query string of /api/metrics and of the metrics exports. */
export const metricsQuery = z.object({
  level: z.string().min(1, 'required'),
  category: z.string().default('all'),
  from: month.optional(),
  to: month.optional(),
  outcome: z.enum(OUTCOMES).optional(),
  channel: z.enum(CHANNELS).optional(),
})

/** A validated metrics query with its period resolved. */
export interface MetricsParams {
  level: string
  category: string
  from: string
  to: string
  outcome?: Outcome
  channel?: Channel
}

interface Row {
  territory_id: number
  code: string
  name: string
  population: number | null
  demand: number
  unmet: number
  /** Counts of the months before the period, for publishing (server/privacy/publish-count.ts). */
  demand_before: number
  unmet_before: number
  supply: number
  access: number | null
  deprivation: number | null
}

/** The last 12 months that hold requests, as the default period. */
async function defaultPeriod({ db }: AppContext): Promise<{ from: string; to: string }> {
  const [row] = await db.query<{ last: string | null }>(`SELECT to_char(max(month), 'YYYY-MM') AS last FROM request_count`)
  const last = row?.last ?? new Date().toISOString().slice(0, 7)
  const [year, monthNumber] = last.split('-').map(Number) as [number, number]
  const first = new Date(Date.UTC(year, monthNumber - 12, 1))
  return { from: first.toISOString().slice(0, 7), to: last }
}

/** The period asked for, the default one filling what is missing (a 400 when from is after to). */
export async function resolvePeriod(context: AppContext, params: { from?: string | undefined; to?: string | undefined }): Promise<{ from: string; to: string }> {
  const given = Object.fromEntries(Object.entries({ from: params.from, to: params.to }).filter(([, v]) => v !== undefined))
  const period = params.from && params.to ? { from: params.from, to: params.to } : { ...(await defaultPeriod(context)), ...given }
  if (period.from > period.to) throw new HttpError(400, 'invalid_parameter', `from: ${period.from} is after to: ${period.to}`)
  return period
}

/** Checks the level and category against the database and resolves the period (a 400 naming the parameter otherwise). */
export async function resolveMetricsParams(context: AppContext, params: z.infer<typeof metricsQuery>): Promise<MetricsParams> {
  await knownLevel(context, params.level)
  const category = await knownTopCategory(context, params.category)
  const period = await resolvePeriod(context, params)
  return {
    level: params.level,
    category,
    from: period.from,
    to: period.to,
    ...(params.outcome ? { outcome: params.outcome } : {}),
    ...(params.channel ? { channel: params.channel } : {}),
  }
}

/** A cache key naming every parameter of the query. */
export function metricsKey(prefix: string, params: MetricsParams): string {
  return `${prefix}:${params.level}:${params.category}:${params.from}:${params.to}:${params.outcome ?? ''}:${params.channel ?? ''}`
}

/** What suppression withholds for one row: its demand and its unmet demand (primary or complementary). */
export interface RowWithholding {
  demand: boolean
  unmet: boolean
}

/**
 * Publishes one territory's figures: withheld counts become null, the others are rounded (publish-count.ts), and
 * rates and shares are computed from the published counts only (docs/PRIVACY.md).
 */
export function metricsRow(row: Omit<Row, 'code'>, k: number, withheld: RowWithholding = { demand: false, unmet: false }): MetricsRow {
  const demand = publishCount(row.demand, k, withheld.demand, row.demand_before)
  const unmet = demand === null ? null : publishCount(row.unmet, k, withheld.unmet, row.unmet_before)
  return {
    territory_id: row.territory_id,
    name: row.name,
    population: row.population,
    demand,
    demand_rate: demand === null ? null : publishedRatio(demand * 1000, row.population),
    unmet,
    unmet_share: unmet === null || demand === 0 ? null : publishedRatio(unmet, demand),
    supply: row.supply,
    access: row.access,
    gap: null,
    deprivation: row.deprivation,
    suppressed: demand === null,
  }
}

/** Adds the gap score of each row against the others of its level (core/domain/gap.ts). */
function withGap(rows: MetricsRow[]): MetricsRow[] {
  const gaps = gapScores(rows.map((r) => ({ rate: r.demand_rate, access: r.access, population: r.population })))
  return rows.map((row, i) => ({ ...row, gap: gaps[i] ?? null }))
}

/** The metrics table and, in the same order, each territory's code (kept out of the JSON rows). */
export interface MetricsTable {
  response: MetricsResponse
  codes: string[]
}

/** Computes the metrics of a resolved query, suppression included. */
export async function loadMetricsTable(context: AppContext, params: MetricsParams): Promise<MetricsTable> {
  const { db, config } = context
  const [rows, withheld] = await Promise.all([
    db.query<Row>(namedQuery('api/metrics'), [
      params.level, params.category, `${params.from}-01`, `${params.to}-01`, params.outcome ?? null, params.channel ?? null,
    ]),
    loadWithheldCells(context, params),
  ])
  const response: MetricsResponse = {
    level: params.level,
    category: params.category,
    from: params.from,
    to: params.to,
    k: config.LACUNES_K,
    ...(params.outcome ? { outcome: params.outcome } : {}),
    ...(params.channel ? { channel: params.channel } : {}),
    rows: withGap(
      rows.map(({ code: _code, ...row }) =>
        metricsRow(row, config.LACUNES_K, {
          demand: withheld.demand(row.territory_id, params.category),
          unmet: withheld.unmet(row.territory_id, params.category),
        }),
      ),
    ),
  }
  return { response, codes: rows.map((row) => row.code) }
}

/** The body of GET /api/metrics for a resolved query. */
export async function loadMetrics(context: AppContext, params: MetricsParams): Promise<MetricsResponse> {
  return (await loadMetricsTable(context, params)).response
}
