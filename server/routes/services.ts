/**
 * GET /api/services/near: the nearest service points of a category from a postal code, an FSA or a
 * point, with distances in metres. GET /api/organizations: organization locations as GeoJSON points.
 */
import { Router } from 'express'
import { z } from 'zod'
import type { Category, NearService, OriginPrecision, ServicesNearResponse } from '../../core/api/types'
import { namedQuery } from '../../core/db/named-query'
import { normalizeFsa, normalizePostalCode } from '../../etl/normalize/postal-code'
import type { AppContext } from '../context'
import { sendJson } from '../http/cached-json'
import { HttpError } from '../http/errors'
import { parseQuery } from '../http/validate'

/** Quebec and its surroundings (Ottawa, Labrador border): where an origin or a bbox may be. */
export const QUEBEC_BOUNDS = { minLon: -80, minLat: 44, maxLon: -57, maxLat: 63 } as const

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/

const coordinate = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(NUMBER, 'must be a decimal number')
    .transform(Number)
    .refine((value) => value >= min && value <= max, `must be between ${min} and ${max} (Quebec)`)

const integer = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, 'must be an integer')
    .transform(Number)
    .refine((value) => value >= min && value <= max, `must be between ${min} and ${max}`)

export const nearQuery = z.object({
  // Never echoed in messages: it is the requester's own data.
  postal_code: z.string().optional(),
  fsa: z.string().optional(),
  lon: coordinate(QUEBEC_BOUNDS.minLon, QUEBEC_BOUNDS.maxLon).optional(),
  lat: coordinate(QUEBEC_BOUNDS.minLat, QUEBEC_BOUNDS.maxLat).optional(),
  category: z.string().optional(),
  limit: integer(1, 50).optional(),
})

const bbox = z
  .string()
  .transform((text, ctx) => {
    const parts = text.split(',').map((part) => part.trim())
    if (parts.length !== 4 || parts.some((part) => !NUMBER.test(part))) {
      ctx.addIssue({ code: 'custom', message: 'must be four numbers minLon,minLat,maxLon,maxLat' })
      return z.NEVER
    }
    const [minLon, minLat, maxLon, maxLat] = parts.map(Number) as [number, number, number, number]
    if (!(minLon < maxLon && minLat < maxLat)) {
      ctx.addIssue({ code: 'custom', message: 'needs minLon < maxLon and minLat < maxLat' })
      return z.NEVER
    }
    if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90) {
      ctx.addIssue({ code: 'custom', message: 'must be longitudes in -180..180 and latitudes in -90..90' })
      return z.NEVER
    }
    return [minLon, minLat, maxLon, maxLat] as const
  })

export const organizationsQuery = z.object({
  bbox: bbox.optional(),
  category: z.string().optional(),
  q: z.string().max(100, 'at most 100 characters').optional(),
  limit: integer(1, 5000).optional(),
})

/** Lower case without accents, as organizations.sql folds names. */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim()
}

async function allCategories({ db, cache, dataVersion }: AppContext): Promise<Category[]> {
  const entry = await cache.get(await dataVersion(), 'categories', async () => JSON.stringify(await db.query<Category>(namedQuery('api/categories'))))
  return JSON.parse(entry.body) as Category[]
}

/** The top-level category of a known id (top-level or child), null for none or `all`, else a 400. */
async function topCategoryOf(context: AppContext, id: string | undefined): Promise<string | null> {
  if (id === undefined || id === '' || id === 'all') return null
  const all = await allCategories(context)
  const category = all.find((candidate) => candidate.id === id)
  if (!category) {
    const tops = all.filter((candidate) => candidate.parent_id === null).map((candidate) => candidate.id)
    throw new HttpError(400, 'invalid_parameter', `category: unknown category "${id}"; use all, a child category or one of ${tops.join(', ')}`, [
      { parameter: 'category', message: 'unknown category' },
    ])
  }
  return category.parent_id ?? category.id
}

function badParameter(parameter: string, message: string): HttpError {
  return new HttpError(400, 'invalid_parameter', `${parameter}: ${message}`, [{ parameter, message }])
}

interface Origin {
  kind: OriginPrecision
  precision: OriginPrecision
  lon: number
  lat: number
  fsa: string | null
}

interface PointRow {
  lon: number
  lat: number
}

async function fsaCentroid({ db }: AppContext, fsa: string): Promise<PointRow | undefined> {
  const [row] = await db.query<PointRow>(`SELECT ST_X(centroid) AS lon, ST_Y(centroid) AS lat FROM fsa WHERE code = $1`, [fsa])
  return row
}

function unknownFsa(fsa: string): HttpError {
  return new HttpError(404, 'not_found', `no known forward sortation area ${fsa}`)
}

/** Where the search starts and how precisely; exactly one kind of origin must be given. */
async function resolveOrigin(context: AppContext, params: z.infer<typeof nearQuery>): Promise<Origin> {
  const given = [
    params.postal_code !== undefined ? 'postal_code' : null,
    params.fsa !== undefined ? 'fsa' : null,
    params.lon !== undefined || params.lat !== undefined ? 'lon/lat' : null,
  ].filter((kind) => kind !== null)
  if (given.length !== 1) {
    const message = given.length === 0 ? 'give one origin: postal_code, fsa, or lon and lat' : `give only one origin, not ${given.join(' and ')}`
    throw new HttpError(400, 'invalid_parameter', `postal_code, fsa, lon/lat: ${message}`, [{ parameter: 'postal_code, fsa, lon/lat', message }])
  }
  if (params.postal_code !== undefined) {
    const code = normalizePostalCode(params.postal_code)
    if (code === null) throw badParameter('postal_code', 'not a valid Canadian postal code (A1A 1A1)')
    const fsa = code.slice(0, 3)
    const [exact] = await context.db.query<PointRow>(`SELECT ST_X(centroid) AS lon, ST_Y(centroid) AS lat FROM postal_code WHERE code = $1`, [code])
    if (exact) return { kind: 'postal_code', precision: 'postal_code', lon: exact.lon, lat: exact.lat, fsa }
    const centroid = await fsaCentroid(context, fsa)
    if (!centroid) throw unknownFsa(fsa)
    return { kind: 'postal_code', precision: 'fsa', lon: centroid.lon, lat: centroid.lat, fsa }
  }
  if (params.fsa !== undefined) {
    const fsa = normalizeFsa(params.fsa)
    if (fsa === null) throw badParameter('fsa', 'not a valid forward sortation area (A1A)')
    const centroid = await fsaCentroid(context, fsa)
    if (!centroid) throw unknownFsa(fsa)
    return { kind: 'fsa', precision: 'fsa', lon: centroid.lon, lat: centroid.lat, fsa }
  }
  if (params.lon === undefined) throw badParameter('lon', 'required with lat')
  if (params.lat === undefined) throw badParameter('lat', 'required with lon')
  return { kind: 'coordinates', precision: 'coordinates', lon: params.lon, lat: params.lat, fsa: null }
}

export function serviceRoutes(context: AppContext): Router {
  const { db, cache, dataVersion } = context
  const router = Router()

  router.get('/services/near', async (req, res) => {
    const params = parseQuery(nearQuery, req)
    const category = await topCategoryOf(context, params.category)
    const origin = await resolveOrigin(context, params)
    const results = await db.query<NearService>(namedQuery('api/services-near'), [origin.lon, origin.lat, category, params.limit ?? 10])
    const body: ServicesNearResponse = { origin, category, results }
    // A per-person question: no shared cache, no validator, nothing kept.
    res.setHeader('Cache-Control', 'no-store')
    res.json(body)
  })

  router.get('/organizations', async (req, res) => {
    const params = parseQuery(organizationsQuery, req)
    const category = await topCategoryOf(context, params.category)
    const box = params.bbox ?? [QUEBEC_BOUNDS.minLon, QUEBEC_BOUNDS.minLat, QUEBEC_BOUNDS.maxLon, QUEBEC_BOUNDS.maxLat]
    const folded = params.q === undefined ? '' : foldName(params.q)
    const q = folded === '' ? null : folded
    const limit = params.limit ?? 2000
    const key = `organizations:${box.join(',')}:${category ?? ''}:${JSON.stringify(q)}:${limit}`
    const entry = await cache.get(await dataVersion(), key, async () => {
      const [row] = await db.query<{ body: string }>(namedQuery('api/organizations'), [...box, category, q, limit])
      return row?.body ?? '{"type":"FeatureCollection","truncated":false,"features":[]}'
    })
    sendJson(req, res, entry, 300, 'application/geo+json')
  })

  return router
}
