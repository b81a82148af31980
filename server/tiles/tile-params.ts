/** The address of a vector tile, /tiles/{level}/{z}/{x}/{y}.mvt: checked, or a 400 naming the bad parameter. */
import { z } from 'zod'
import { HttpError } from '../http/errors'
import type { TileAddress } from './render-tile'

export const MAX_ZOOM = 22

const tileNumber = z.string().regex(/^\d{1,9}$/, 'must be a non-negative integer').transform(Number)

/** The path parameters, as OpenAPI describes them; x and y must also be below 2^z. */
export const tileParams = z.object({
  level: z.string().min(1, 'required'),
  z: tileNumber.refine((zoom) => zoom <= MAX_ZOOM, `must be between 0 and ${MAX_ZOOM}`),
  x: tileNumber,
  y: tileNumber,
})

function badParameter(parameter: string, message: string): HttpError {
  return new HttpError(400, 'invalid_parameter', `${parameter}: ${message}`, [{ parameter, message }])
}

/** Parses Express's params of `/tiles/:level/:z/:x/:file`, where `file` is `{y}.mvt`. */
export function parseTileParams(params: Record<string, string | undefined>): TileAddress {
  const file = params.file ?? ''
  const dot = file.indexOf('.')
  const suffix = dot < 0 ? '' : file.slice(dot)
  if (suffix !== '.mvt') throw badParameter('format', `tiles are served as {y}.mvt only, not "${suffix || file}"`)
  const result = tileParams.safeParse({ level: params.level, z: params.z, x: params.x, y: file.slice(0, dot) })
  if (!result.success) {
    const [issue] = result.error.issues
    throw badParameter(issue?.path.join('.') || 'tile', issue?.message ?? 'invalid tile address')
  }
  const tile = result.data
  const last = 2 ** tile.z - 1
  for (const axis of ['x', 'y'] as const) {
    if (tile[axis] > last) throw badParameter(axis, `must be between 0 and ${last} at zoom ${tile.z}`)
  }
  return tile
}
