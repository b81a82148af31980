/** Decodes Mapbox Vector Tiles with the reference reader (@mapbox/vector-tile), for tile tests. */
import { VectorTile } from '@mapbox/vector-tile'
import { PbfReader } from 'pbf'

export interface DecodedFeature {
  id: number | undefined
  /** 1 point, 2 line, 3 polygon. */
  type: number
  properties: Record<string, number | string | boolean>
  /** Rings or point groups in tile coordinates; a decoded ring repeats its first point at the end. */
  geometry: { x: number; y: number }[][]
}

export interface DecodedLayer {
  version: number
  extent: number
  features: DecodedFeature[]
}

/** Every layer of the tile with its features read out. */
export function decodeTile(bytes: Uint8Array): Record<string, DecodedLayer> {
  const tile = new VectorTile(new PbfReader(bytes))
  return Object.fromEntries(
    Object.entries(tile.layers).map(([name, layer]) => {
      const features: DecodedFeature[] = []
      for (let i = 0; i < layer.length; i++) {
        const feature = layer.feature(i)
        features.push({
          id: feature.id,
          type: feature.type,
          properties: { ...feature.properties },
          geometry: feature.loadGeometry().map((ring) => ring.map(({ x, y }) => ({ x, y }))),
        })
      }
      return [name, { version: layer.version, extent: layer.extent, features }]
    }),
  )
}

/** The same reader's GeoJSON of feature `index` of `layer`, which classifies rings into polygons by winding. */
export function featureGeoJson(bytes: Uint8Array, layer: string, index: number, tile = { x: 0, y: 0, z: 0 }) {
  const decoded = new VectorTile(new PbfReader(bytes)).layers[layer]
  if (!decoded) throw new Error(`no layer ${layer} in the tile`)
  return decoded.feature(index).toGeoJSON(tile.x, tile.y, tile.z)
}
