/**
 * GET /api/export/metrics.csv and /api/export/metrics.geojson: the metrics table of GET /api/metrics
 * (same parameters, same figures, same suppression) as a download.
 */
import { Router, type Request, type Response } from 'express'
import type { Feature, FeatureCollection, Geometry, MetricsRow } from '../../core/api/types'
import { namedQuery } from '../../core/db/named-query'
import type { AppContext } from '../context'
import { sendJson } from '../http/cached-json'
import { csvLine, type CsvValue } from '../http/csv-cell'
import { parseQuery } from '../http/validate'
import { loadMetricsTable, metricsKey, metricsQuery, resolveMetricsParams, type MetricsParams, type MetricsTable } from './metrics-data'

/** The columns of both exports, in order. */
export const EXPORT_COLUMNS = [
  'territory_id', 'code', 'name', 'population', 'demand', 'demand_rate', 'unmet', 'unmet_share', 'supply', 'access',
  'gap', 'deprivation', 'suppressed', 'k', 'period_from', 'period_to', 'category', 'outcome', 'channel', 'source',
] as const

type ExportColumn = (typeof EXPORT_COLUMNS)[number]
type ExportRecord = Record<ExportColumn, string | number | boolean | null>

/** What the `source` column says, as GET /api/meta would. */
export const SOURCE_SYNTHETIC = 'synthetic demo data'
export const SOURCE_IMPORTED = 'imported data'

const BOM = '\uFEFF'

/** True when any stored request or organization is synthetic demo data (the rule of GET /api/meta). */
async function isSynthetic({ db }: AppContext): Promise<boolean> {
  const [row] = await db.query<{ synthetic_requests: boolean | null; synthetic_organizations: number | string }>(namedQuery('api/meta'))
  return Boolean(row?.synthetic_requests) || Number(row?.synthetic_organizations ?? 0) > 0
}

/** One territory's export record, with suppressed figures as they must be shown (`suppressedAs`). */
function exportRecord(row: MetricsRow, code: string, params: MetricsParams, k: number, source: string, suppressedAs: string | null): ExportRecord {
  // A count is null only when suppressed (unknown counts are 0); a rate is also null when it has no denominator.
  const demandHidden = row.demand === null
  const unmetHidden = row.unmet === null
  return {
    territory_id: row.territory_id,
    code,
    name: row.name,
    population: row.population,
    demand: demandHidden ? suppressedAs : row.demand,
    demand_rate: demandHidden ? suppressedAs : row.demand_rate,
    unmet: unmetHidden ? suppressedAs : row.unmet,
    unmet_share: unmetHidden ? suppressedAs : row.unmet_share,
    supply: row.supply,
    access: row.access,
    gap: row.gap,
    deprivation: row.deprivation,
    suppressed: row.suppressed,
    k,
    period_from: params.from,
    period_to: params.to,
    category: params.category,
    outcome: params.outcome ?? 'all',
    channel: params.channel ?? 'all',
    source,
  }
}

function records(table: MetricsTable, params: MetricsParams, synthetic: boolean, suppressedAs: string | null): ExportRecord[] {
  const { k, rows } = table.response
  const source = synthetic ? SOURCE_SYNTHETIC : SOURCE_IMPORTED
  return rows.map((row, i) => exportRecord(row, table.codes[i] ?? '', params, k, source, suppressedAs))
}

/** The file name of an export: lacunes-<level>-<category>-<from>_<to>[-<outcome>][-<channel>].<extension>. */
export function exportFileName(params: MetricsParams, extension: string): string {
  const parts = [params.level, params.category, `${params.from}_${params.to}`, params.outcome, params.channel].filter((p): p is string => Boolean(p))
  return `lacunes-${parts.join('-').replace(/[^A-Za-z0-9._-]/g, '_')}.${extension}`
}

function setAttachment(res: Response, fileName: string): void {
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`)
}

async function resolve(context: AppContext, req: Request): Promise<MetricsParams> {
  return resolveMetricsParams(context, parseQuery(metricsQuery, req))
}

export function exportRoutes(context: AppContext): Router {
  const { db, cache, dataVersion } = context
  const router = Router()

  router.get('/export/metrics.csv', async (req, res) => {
    const params = await resolve(context, req)
    const entry = await cache.get(await dataVersion(), metricsKey('export-csv', params), async () => {
      const [table, synthetic] = await Promise.all([loadMetricsTable(context, params), isSynthetic(context)])
      const lines = [csvLine(EXPORT_COLUMNS)]
      for (const record of records(table, params, synthetic, `<${table.response.k}`)) {
        lines.push(csvLine(EXPORT_COLUMNS.map((column): CsvValue => record[column])))
      }
      return BOM + lines.join('')
    })
    setAttachment(res, exportFileName(params, 'csv'))
    sendJson(req, res, entry, 60, 'text/csv; charset=utf-8')
  })

  router.get('/export/metrics.geojson', async (req, res) => {
    const params = await resolve(context, req)
    const entry = await cache.get(await dataVersion(), metricsKey('export-geojson', params), async () => {
      const [table, synthetic, shapes] = await Promise.all([
        loadMetricsTable(context, params),
        isSynthetic(context),
        db.query<{ territory_id: number; geometry: string | null }>(namedQuery('api/export-geojson'), [params.level, 5]),
      ])
      const geometries = new Map(shapes.map((shape) => [shape.territory_id, shape.geometry]))
      // Suppressed figures stay null, as in GET /api/metrics, so numeric fields keep their type in GIS tools;
      // `suppressed` and `k` say why.
      const features = records(table, params, synthetic, null).map((properties): Feature<Geometry | null, ExportRecord> => {
        const geometry = geometries.get(properties.territory_id as number)
        return { type: 'Feature', id: properties.territory_id as number, geometry: geometry ? (JSON.parse(geometry) as Geometry) : null, properties }
      })
      const collection: FeatureCollection<Geometry | null, ExportRecord> = { type: 'FeatureCollection', features }
      return JSON.stringify(collection)
    })
    setAttachment(res, exportFileName(params, 'geojson'))
    sendJson(req, res, entry, 60, 'application/geo+json')
  })

  return router
}
