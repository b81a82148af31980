/** GET /api/metrics: demand, rate, unmet share and supply per territory of a level, with suppression. */
import { Router } from 'express'
import { z } from 'zod'
import type { MetricsResponse, MetricsRow } from '../../core/api/types'
import { namedQuery } from '../../core/db/named-query'
import { CHANNELS, OUTCOMES } from '../../core/domain/request-fields'
import { gapScores } from '../../core/domain/gap'
import { isSuppressed } from '../../core/domain/suppression'
import type { AppContext } from '../context'
import { sendJson } from '../http/cached-json'
import { HttpError } from '../http/errors'
import { parseQuery } from '../http/validate'
import { knownLevel, knownTopCategory } from './known-values'

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month YYYY-MM')

const query = z.object({
  level: z.string().min(1, 'required'),
  category: z.string().default('all'),
  from: month.optional(),
  to: month.optional(),
  outcome: z.enum(OUTCOMES).optional(),
  channel: z.enum(CHANNELS).optional(),
})

interface Row {
  territory_id: number
  name: string
  population: number | null
  demand: number
  unmet: number
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

/** Applies suppression and derives the rates of one territory. */
export function metricsRow(row: Row, k: number): MetricsRow {
  const demandHidden = isSuppressed(row.demand, k)
  const unmetHidden = demandHidden || isSuppressed(row.unmet, k)
  const rate = row.population && row.population > 0 ? (row.demand / row.population) * 1000 : null
  return {
    territory_id: row.territory_id,
    name: row.name,
    population: row.population,
    demand: demandHidden ? null : row.demand,
    demand_rate: demandHidden ? null : rate,
    unmet: unmetHidden ? null : row.unmet,
    unmet_share: unmetHidden || row.demand === 0 ? null : row.unmet / row.demand,
    supply: row.supply,
    access: row.access,
    gap: null,
    deprivation: row.deprivation,
    suppressed: demandHidden,
  }
}

/** Adds the gap score of each row against the others of its level (core/domain/gap.ts). */
function withGap(rows: MetricsRow[]): MetricsRow[] {
  const gaps = gapScores(rows.map((r) => ({ rate: r.demand_rate, access: r.access, population: r.population })))
  return rows.map((row, i) => ({ ...row, gap: gaps[i] ?? null }))
}

export function metricsRoutes(context: AppContext): Router {
  const { db, cache, dataVersion, config } = context
  const router = Router()
  router.get('/metrics', async (req, res) => {
    const params = parseQuery(query, req)
    await knownLevel(context, params.level)
    const category = await knownTopCategory(context, params.category)
    const period = params.from && params.to ? { from: params.from, to: params.to } : { ...(await defaultPeriod(context)), ...params }
    if (period.from > period.to) throw new HttpError(400, 'invalid_parameter', `from: ${period.from} is after to: ${period.to}`)
    const key = `metrics:${params.level}:${category}:${period.from}:${period.to}:${params.outcome ?? ''}:${params.channel ?? ''}`
    const entry = await cache.get(await dataVersion(), key, async () => {
      const rows = await db.query<Row>(namedQuery('api/metrics'), [
        params.level, category, `${period.from}-01`, `${period.to}-01`, params.outcome ?? null, params.channel ?? null,
      ])
      const body: MetricsResponse = {
        level: params.level,
        category,
        from: period.from,
        to: period.to,
        k: config.LACUNES_K,
        ...(params.outcome ? { outcome: params.outcome } : {}),
        ...(params.channel ? { channel: params.channel } : {}),
        rows: withGap(rows.map((row) => metricsRow(row, config.LACUNES_K))),
      }
      return JSON.stringify(body)
    })
    sendJson(req, res, entry, 60)
  })
  return router
}
