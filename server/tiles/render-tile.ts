/**
 * Renders one vector tile of a level's territories: ST_AsMVT on PostGIS; on PGlite, whose PostGIS has
 * no protobuf, the same clipped features from SQL, encoded in Node. Same layer, ids and properties.
 */
import type { Database } from '../../core/db/database'
import { namedQuery } from '../../core/db/named-query'
import { encodeMvt, type TileGeometry } from './encode-mvt'

/** The one layer of every tile; the level is a property, so a client styles one source layer. */
export const TILE_LAYER = 'territories'
export const TILE_EXTENT = 4096
export const TILE_BUFFER = 64
/**
 * From this zoom on, tiles carry the full geometry; below it, the display simplification (about 800 m
 * for MRCs and regions, 40 m for neighbourhoods), which is under a pixel or two there and keeps tiles small.
 */
export const FULL_GEOMETRY_FROM_ZOOM = 10

export interface TileAddress {
  level: string
  z: number
  x: number
  y: number
}

interface FeatureRow {
  id: number
  code: string
  name: string
  level: string
  parent_id: number | null
  population: number | null
  geometry: string
}

function parameters({ level, z, x, y }: TileAddress): unknown[] {
  return [level, z, x, y, z >= FULL_GEOMETRY_FROM_ZOOM, TILE_EXTENT, TILE_BUFFER]
}

async function renderOnPostgis(db: Database, address: TileAddress): Promise<Uint8Array> {
  const [row] = await db.query<{ tile: Uint8Array | null }>(namedQuery('tiles/mvt'), [...parameters(address), TILE_LAYER])
  return row?.tile ?? new Uint8Array(0)
}

async function renderOnPglite(db: Database, address: TileAddress): Promise<Uint8Array> {
  const rows = await db.query<FeatureRow>(namedQuery('tiles/features'), parameters(address))
  return encodeMvt({
    name: TILE_LAYER,
    extent: TILE_EXTENT,
    features: rows.map(({ geometry, ...properties }) => ({ id: properties.id, properties, geometry: JSON.parse(geometry) as TileGeometry })),
  })
}

/** The tile's protobuf bytes (uncompressed); empty when no territory of the level touches the tile. */
export function renderTile(db: Database, address: TileAddress): Promise<Uint8Array> {
  return db.kind === 'postgis' ? renderOnPostgis(db, address) : renderOnPglite(db, address)
}
