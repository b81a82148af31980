/** The built-in territory levels; users may load more (any id matching LEVEL_ID_PATTERN). */
export interface LevelDefinition {
  id: string
  fr: string
  en: string
  /** Polygon levels draw as choropleths; point levels (no open polygons) as points. */
  geometry: 'polygon' | 'point'
  parent: string | null
  /** Sort order from the largest to the smallest units. */
  rank: number
}

export const BUILTIN_LEVELS: readonly LevelDefinition[] = [
  { id: 'region', fr: 'Région administrative', en: 'Administrative region', geometry: 'polygon', parent: null, rank: 10 },
  { id: 'mrc', fr: 'MRC et territoire équivalent', en: 'RCM and equivalent territory', geometry: 'polygon', parent: 'region', rank: 20 },
  { id: 'municipality', fr: 'Municipalité', en: 'Municipality', geometry: 'point', parent: 'mrc', rank: 30 },
  { id: 'neighbourhood', fr: 'Quartier', en: 'Neighbourhood', geometry: 'polygon', parent: 'mrc', rank: 40 },
]

export const LEVEL_ID_PATTERN = /^[a-z][a-z0-9_]{1,39}$/
