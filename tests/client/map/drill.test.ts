import { describe, expect, it } from 'vitest'
import type { Level } from '../../../core/api/types'
import { childLevel } from '../../../client/src/map/drill'

const level = (id: string, parent: string | null, geometry: Level['geometry'] = 'polygon'): Level => ({
  id,
  label_fr: id,
  label_en: id,
  geometry,
  parent_level: parent,
  territory_count: 1,
  population: 1,
})

describe('childLevel', () => {
  const levels = [level('region', null), level('mrc', 'region'), level('municipality', 'mrc', 'point'), level('neighbourhood', 'mrc')]

  it('goes region → MRC → neighbourhood, skipping point levels', () => {
    expect(childLevel(levels, 'region')).toBe('mrc')
    expect(childLevel(levels, 'mrc')).toBe('neighbourhood')
    expect(childLevel(levels, 'neighbourhood')).toBeNull()
  })
})
