/**
 * GET /api/tiles/{level}/{z}/{x}/{y}.mvt: a Mapbox Vector Tile (2.1) of a level's territories, polygons
 * (points for a point level such as municipalities).
 * - One layer, `territories`, whatever the level; feature id = territory id; properties id, code, name,
 *   level, parent_id, population, as GET /api/territories (a null property is left out).
 * - Privacy: tiles carry no counts at all, no demand, no supply; figures come from /api/metrics, suppressed.
 * - Extent 4096, buffer 64. Below zoom 10 the display simplification, from zoom 10 the full geometry.
 * - Built by ST_AsMVT on PostGIS; on PGlite the same features come from SQL and are encoded in Node.
 * - An empty tile is a 204 with no body. A bad level, z (0-22), x or y (0 to 2^z − 1) or a suffix other
 *   than .mvt is a 400 naming the parameter (`format` for the suffix).
 * - Served gzipped when the client accepts it (the compression middleware does not know this type);
 *   ETag from the data version, so a revalidation is answered without building the tile.
 */
import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'
import { Router, type Request } from 'express'
import type { AppContext } from '../context'
import { renderTile } from '../tiles/render-tile'
import { createTileCache } from '../tiles/tile-cache'
import { parseTileParams } from '../tiles/tile-params'
import { knownLevel } from './known-values'

export const MVT_CONTENT_TYPE = 'application/vnd.mapbox-vector-tile'

/** Encoded tiles kept in memory: a few thousand typical tiles. */
const TILE_CACHE_BYTES = 64 * 1024 * 1024

const gzipAsync = promisify(gzip)

interface WireTile {
  raw: Buffer
  gzipped: Buffer
}

async function wireTile(bytes: Uint8Array): Promise<WireTile> {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return { raw, gzipped: raw.length === 0 ? raw : await gzipAsync(raw) }
}

/** True when If-None-Match lists `etag` (weak or strong, as a proxy may have weakened it). */
function notModified(req: Request, etag: string): boolean {
  const header = req.headers['if-none-match']
  if (!header) return false
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag)
}

export function tileRoutes(context: AppContext): Router {
  const { db, dataVersion } = context
  const cache = createTileCache<WireTile>(TILE_CACHE_BYTES, (tile) => tile.raw.length + tile.gzipped.length)
  const router = Router()
  router.get('/tiles/:level/:z/:x/:file', async (req, res) => {
    const address = parseTileParams(req.params)
    await knownLevel(context, address.level)
    const version = await dataVersion()
    const key = `${address.level}/${address.z}/${address.x}/${address.y}`
    // The server version is in the tag too: a new release may draw the same data differently.
    const etag = `"${createHash('sha1').update(`${context.version}|${db.kind}|${version}|${key}`).digest('base64url')}"`
    res.setHeader('ETag', etag)
    res.setHeader('Cache-Control', 'public, max-age=3600, must-revalidate')
    res.vary('Accept-Encoding')
    if (notModified(req, etag)) {
      res.status(304).end()
      return
    }
    const tile = await cache.get(version, key, async () => wireTile(await renderTile(db, address)))
    if (tile.raw.length === 0) {
      res.status(204).end()
      return
    }
    res.type(MVT_CONTENT_TYPE)
    if (req.acceptsEncodings('gzip') === 'gzip') {
      res.setHeader('Content-Encoding', 'gzip')
      res.send(tile.gzipped)
    } else {
      res.send(tile.raw)
    }
  })
  return router
}
