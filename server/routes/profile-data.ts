/**
 * A territory's profile (GET /api/territories/{id}/profile, GET /api/compare): totals and gap as in
 * /api/metrics, the figures by category, month, child territory, age group and channel, the services
 * serving it, and where the data comes from. Every count goes through the same protections as the
 * metrics (docs/PRIVACY.md), so a profile never reveals what the map withholds.
 */
import type { ProfileCategory, ProfileFigures, TerritoryProfile } from '../../core/api/types'
import { namedQuery } from '../../core/db/named-query'
import { gapComponents } from '../../core/domain/gap'
import { explainGap } from '../../core/domain/gap-explanation'
import type { AppContext } from '../context'
import { HttpError } from '../http/errors'
import { withheldCells } from '../privacy/complementary'
import { publishCount, publishedRatio } from '../privacy/publish-count'
import { loadWithheldCells } from '../privacy/withheld-cells'
import { loadMetrics } from './metrics-data'

/** How many services a profile lists. */
const SERVICES_LISTED = 50

interface TerritoryRow {
  id: number
  code: string
  name: string
  level: string
  parent_id: number | null
  parent_name: string | null
  population: number | null
  label_fr: string
  label_en: string
}

interface CountRow {
  demand: number
  demand_before: number
}

interface CategoryRow extends CountRow {
  category_id: string
  unmet: number
  unmet_before: number
  supply: number
  access: number | null
}

interface MonthRow {
  month: string
  demand: number
  unmet: number
}

interface ChildRow extends CountRow {
  territory_id: number
  name: string
  level: string
}

interface BreakdownRow extends CountRow {
  dimension: 'age_group' | 'channel'
  value: string
}

/** The months from `from` to `to`, YYYY-MM (counted as numbers: comparing the texts ran on past 9999-12). */
function monthsBetween(from: string, to: string): string[] {
  const index = (key: string) => {
    const [year, month] = key.split('-').map(Number) as [number, number]
    return year * 12 + month - 1
  }
  const months: string[] = []
  for (let i = index(from); i <= index(to); i++) months.push(`${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`)
  return months
}

/** Published demand and unmet demand of one cell, with the rate and the share they allow. */
function figures(row: CountRow & { unmet: number; unmet_before: number }, population: number | null, k: number, withheld: { demand: boolean; unmet: boolean }): ProfileFigures {
  const demand = publishCount(row.demand, k, withheld.demand, row.demand_before)
  const unmet = demand === null ? null : publishCount(row.unmet, k, withheld.unmet, row.unmet_before)
  return {
    demand,
    demand_rate: demand === null ? null : publishedRatio(demand * 1000, population),
    unmet,
    unmet_share: unmet === null || demand === 0 ? null : publishedRatio(unmet, demand),
    suppressed: demand === null,
  }
}

/**
 * One breakdown of a published total (age groups, channels): its parts add up to the total, so they get
 * complementary suppression of their own, the total counting as withheld when the period table withholds it.
 */
function breakdown(rows: readonly BreakdownRow[], total: number | null, totalTrue: number, k: number): { value: string; demand: number | null; share: number | null; suppressed: boolean }[] {
  const values = new Map<string, number>([['total', totalTrue], ...rows.map((r) => [r.value, r.demand] as [string, number])])
  const hidden = withheldCells(values, [{ total: 'total', parts: rows.map((r) => r.value) }], k, total === null ? ['total'] : [])
  return rows.map((row) => {
    const demand = publishCount(row.demand, k, hidden.has(row.value), row.demand_before)
    return { value: row.value, demand, share: total === null || total === 0 ? null : publishedRatio(demand, total), suppressed: demand === null }
  })
}

/** The profile of a territory for a resolved period; a 404 when the territory does not exist. */
export async function loadProfile(context: AppContext, id: number, period: { from: string; to: string }): Promise<TerritoryProfile> {
  const { db, config } = context
  const k = config.LACUNES_K
  const [territory] = await db.query<TerritoryRow>(namedQuery('profile/territory'), [id])
  if (!territory) throw new HttpError(404, 'not_found', `no territory with id ${id}`)
  const first = `${period.from}-01`
  const last = `${period.to}-01`
  const months = monthsBetween(period.from, period.to)
  const monthlyRows = db.query<MonthRow>(namedQuery('profile/monthly'), [id, last])
  const [levelMetrics, withheld, categories, monthly, children, breakdowns, services, precision, [data], monthWithheld] = await Promise.all([
    loadMetrics(context, { level: territory.level, category: 'all', from: period.from, to: period.to }),
    loadWithheldCells(context, period),
    db.query<CategoryRow>(namedQuery('profile/categories'), [id, first, last]),
    monthlyRows,
    db.query<ChildRow>(namedQuery('profile/children'), [id, first, last]),
    db.query<BreakdownRow>(namedQuery('profile/breakdown'), [id, first, last]),
    db.query<TerritoryProfile['services'][number]>(namedQuery('profile/services'), [id, SERVICES_LISTED]),
    db.query<{ precision: string; n: number }>(namedQuery('profile/precision'), [id, first, last]),
    db.query<{ last_import: string | null; synthetic: boolean }>(namedQuery('profile/data')),
    // A month of the trend is the same cell as /api/metrics for that single month: same withholding. A zero
    // cell is never withheld, so only the months where this territory has requests need their month's table
    // (one per month of the period was two queries a month even with no data: thousands for a long period).
    monthlyRows.then(async (rows) =>
      new Map(await Promise.all(rows.filter((row) => row.month >= period.from).map(async (row) => [row.month, await loadWithheldCells(context, { from: row.month, to: row.month })] as const))),
    ),
  ])

  const index = levelMetrics.rows.findIndex((row) => row.territory_id === id)
  const metricsRow = levelMetrics.rows[index]
  const components = gapComponents(levelMetrics.rows.map((r) => ({ rate: r.demand_rate, access: r.access, population: r.population })))[index] ?? null

  const byCategory: ProfileCategory[] = categories.map((row) => ({
    category_id: row.category_id,
    ...figures(row, territory.population, k, { demand: withheld.demand(id, row.category_id), unmet: withheld.unmet(id, row.category_id) }),
    supply: row.supply,
    access: row.access,
  }))

  const perMonth = new Map(monthly.map((row) => [row.month, row]))
  let demandBefore = 0
  let unmetBefore = 0
  for (const row of monthly) {
    if (row.month >= period.from) break
    demandBefore += row.demand
    unmetBefore += row.unmet
  }
  const trend = months.map((month) => {
    const row = perMonth.get(month) ?? { month, demand: 0, unmet: 0 }
    const cells = monthWithheld.get(month)
    const published = figures({ ...row, demand_before: demandBefore, unmet_before: unmetBefore }, territory.population, k, {
      demand: cells?.demand(id, 'all') ?? false,
      unmet: cells?.unmet(id, 'all') ?? false,
    })
    demandBefore += row.demand
    unmetBefore += row.unmet
    return { month, demand: published.demand, unmet: published.unmet, suppressed: published.suppressed }
  })

  const total = metricsRow?.demand ?? null
  const totalTrue = categories.reduce((sum, row) => sum + row.demand, 0)
  const ages = breakdown(breakdowns.filter((r) => r.dimension === 'age_group'), total, totalTrue, k)
  const channels = breakdown(breakdowns.filter((r) => r.dimension === 'channel'), total, totalTrue, k)
  const senior = ages.find((a) => a.value === '65+')

  const totalPrecision = precision.reduce((sum, row) => sum + row.n, 0)
  const precisionHidden = withheldCells(
    new Map<string, number>([['total', totalPrecision], ...precision.map((r) => [r.precision, r.n] as [string, number])]),
    [{ total: 'total', parts: precision.map((r) => r.precision) }],
    k,
  )

  return {
    territory: {
      id: territory.id, code: territory.code, name: territory.name, level: territory.level,
      parent_id: territory.parent_id, parent_name: territory.parent_name, population: territory.population,
    },
    from: period.from,
    to: period.to,
    k,
    totals: {
      demand: metricsRow?.demand ?? null,
      demand_rate: metricsRow?.demand_rate ?? null,
      unmet: metricsRow?.unmet ?? null,
      unmet_share: metricsRow?.unmet_share ?? null,
      suppressed: metricsRow?.suppressed ?? true,
      supply: metricsRow?.supply ?? 0,
      access: metricsRow?.access ?? null,
      gap: metricsRow?.gap ?? null,
      deprivation: metricsRow?.deprivation ?? null,
    },
    gap_explanation: components ? explainGap(components, { fr: territory.label_fr.toLowerCase(), en: territory.label_en.toLowerCase() }) : null,
    by_category: byCategory,
    top_unmet: byCategory
      .filter((c) => c.unmet_share !== null && (c.unmet ?? 0) > 0)
      .sort((a, b) => (b.unmet_share as number) - (a.unmet_share as number) || a.category_id.localeCompare(b.category_id))
      .slice(0, 3)
      .map((c) => c.category_id),
    categories_without_service: byCategory.filter((c) => c.supply === 0).map((c) => c.category_id),
    monthly: trend,
    by_child: children.map((child) => {
      const demand = publishCount(child.demand, k, withheld.demand(child.territory_id, 'all'), child.demand_before)
      return {
        territory_id: child.territory_id, name: child.name, level: child.level, demand,
        share: total === null || total === 0 ? null : publishedRatio(demand, total), suppressed: demand === null,
      }
    }),
    by_age_group: ages.map(({ value, ...rest }) => ({ age_group: value, ...rest })),
    by_channel: channels.map(({ value, ...rest }) => ({ channel: value, ...rest })),
    share_65_plus: senior?.share ?? null,
    services,
    data: {
      precision: Object.fromEntries(precision.map((row) => [row.precision, publishCount(row.n, k, precisionHidden.has(row.precision))])),
      last_import: data?.last_import ?? null,
      synthetic: data?.synthetic ?? false,
    },
  }
}
