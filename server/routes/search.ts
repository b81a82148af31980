/**
 * GET /api/search?q=: finds a territory or municipality by name, or a place by postal code or FSA, for
 * the search box. A full postal code is answered with its point but labelled by its FSA: the search
 * never echoes a full postal code, which may be a requester's.
 */
import { Router } from 'express'
import { z } from 'zod'
import type { SearchHit, SearchResponse } from '../../core/api/types'
import { namedQuery } from '../../core/db/named-query'
import { nameKey } from '../../core/domain/name-key'
import { normalizeFsa, normalizePostalCode } from '../../etl/normalize/postal-code'
import type { AppContext } from '../context'
import { parseQuery } from '../http/validate'

export const searchQuery = z.object({
  q: z.string().trim().min(2, 'give at least 2 characters').max(100, 'at most 100 characters'),
  limit: z.string().regex(/^\d+$/, 'must be an integer').transform(Number).refine((n) => n >= 1 && n <= 20, 'must be between 1 and 20').optional(),
})

interface TerritoryHitRow {
  territory_id: number
  level: string
  name: string
  parent_name: string | null
  lon: number
  lat: number
  min_lon: number | null
  min_lat: number | null
  max_lon: number | null
  max_lat: number | null
}

/** The hit of a postal code or FSA, from the optional postal-code table or the FSA centroid. */
async function postalHit({ db }: AppContext, text: string): Promise<SearchHit | null> {
  const full = normalizePostalCode(text)
  const fsa = full ? full.slice(0, 3) : normalizeFsa(text)
  if (!fsa) return null
  const [exact] = full ? await db.query<{ lon: number; lat: number }>(`SELECT ST_X(centroid) AS lon, ST_Y(centroid) AS lat FROM postal_code WHERE code = $1`, [full]) : []
  const [area] = exact ? [exact] : await db.query<{ lon: number; lat: number }>(`SELECT ST_X(centroid) AS lon, ST_Y(centroid) AS lat FROM fsa WHERE code = $1`, [fsa])
  if (!area) return null
  return { kind: full ? 'postal_code' : 'fsa', territory_id: null, level: null, label: fsa, lon: area.lon, lat: area.lat, bbox: null }
}

export function searchRoutes(context: AppContext): Router {
  const { db } = context
  const router = Router()
  router.get('/search', async (req, res) => {
    const { q, limit = 8 } = parseQuery(searchQuery, req)
    const postal = await postalHit(context, q)
    const key = nameKey(q)
    const rows = key.length >= 2 ? await db.query<TerritoryHitRow>(namedQuery('api/search-territories'), [key, limit]) : []
    const hits: SearchHit[] = rows.map((row) => ({
      kind: row.level === 'municipality' ? 'municipality' : 'territory',
      territory_id: row.territory_id,
      level: row.level,
      label: row.parent_name ? `${row.name} (${row.parent_name})` : row.name,
      lon: row.lon,
      lat: row.lat,
      bbox: row.min_lon === null ? null : [row.min_lon, row.min_lat as number, row.max_lon as number, row.max_lat as number],
    }))
    const body: SearchResponse = { hits: (postal ? [postal, ...hits] : hits).slice(0, limit) }
    // Not cached anywhere: the query may be someone's postal code.
    res.setHeader('Cache-Control', 'no-store')
    res.json(body)
  })
  return router
}
