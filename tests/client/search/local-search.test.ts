import { describe, expect, it } from 'vitest'
import type { TerritoryCollection } from '../../../core/api/types'
import { normalizeName, searchLoadedTerritories } from '../../../client/src/search/local-search'

const feature = (id: number, name: string, level = 'mrc'): TerritoryCollection['features'][number] => ({
  type: 'Feature',
  geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
  properties: { id, code: String(id), name, level, parent_id: null, population: 1 },
})

const mrcs: TerritoryCollection = {
  type: 'FeatureCollection',
  features: [feature(1, 'Lévis'), feature(2, 'Le Haut-Saint-Laurent'), feature(3, 'Saint-Jean-sur-Richelieu'), feature(4, 'Les Etchemins')],
}

describe('normalizeName', () => {
  it('drops accents, punctuation and case, and spells out St/Ste', () => {
    expect(normalizeName('Lévis')).toBe('levis')
    expect(normalizeName('St-Jean')).toBe('saint jean')
  })
})

describe('searchLoadedTerritories', () => {
  it('matches without accents, exact and prefix names first', () => {
    const hits = searchLoadedTerritories('levis', [mrcs], 5)
    expect(hits.map((hit) => hit.territory_id)).toEqual([1])
    expect(hits[0]).toMatchObject({ kind: 'territory', level: 'mrc', bbox: [0, 0, 1, 1] })
  })

  it('matches a word inside a name', () => {
    expect(searchLoadedTerritories('st jean', [mrcs], 5).map((hit) => hit.label)).toEqual(['Saint-Jean-sur-Richelieu'])
    expect(searchLoadedTerritories('saint', [mrcs], 5).map((hit) => hit.label)).toEqual(['Saint-Jean-sur-Richelieu', 'Le Haut-Saint-Laurent'])
  })

  it('needs two characters', () => {
    expect(searchLoadedTerritories('l', [mrcs], 5)).toEqual([])
  })
})
