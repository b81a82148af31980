import { describe, expect, it } from 'vitest'
import type { DatasetMeta } from '../../../core/api/types'
import { MESSAGES } from '../../../client/src/i18n/messages'
import { sourceLine } from '../../../client/src/legend/source-line'

const demoMeta: DatasetMeta = {
  synthetic: true,
  requests: { count: 1000, first_week: '2024-W40', last_week: '2025-W39' },
  organizations: { count: 10, synthetic: 10, public_installations: 0 },
  k: 10,
  imports: [],
  sources: [{ id: 'sda', label: 'Gouvernement du Québec (MRNF), Découpages administratifs', licence: 'CC-BY 4.0', date: '2025' }],
  basemap_style_url: null,
}

describe('sourceLine', () => {
  it('names the demo data, its weeks and the boundaries, in French', () => {
    expect(sourceLine(demoMeta, 'mrc', MESSAGES.fr)).toBe(
      'Source : données de démonstration synthétiques, semaines 2024-W40 à 2025-W39; limites et population : Gouvernement du Québec (MRNF), Découpages administratifs',
    )
  })

  it('says it in English', () => {
    expect(sourceLine(demoMeta, 'mrc', MESSAGES.en)).toMatch(/^Source: synthetic demonstration data, weeks 2024-W40 to 2025-W39; boundaries and population: /)
  })

  it('names the imported sources, most recent first, when the data is real', () => {
    const meta: DatasetMeta = {
      ...demoMeta,
      synthetic: false,
      imports: [
        { id: 1, kind: 'requests', source: '211-estrie.csv', finished_at: '2025-01-01T00:00:00Z', rows_accepted: 5, synthetic: false },
        { id: 2, kind: 'requests', source: '211-mauricie.csv', finished_at: '2025-02-01T00:00:00Z', rows_accepted: 5, synthetic: false },
        { id: 3, kind: 'organizations', source: 'orgs.csv', finished_at: '2025-03-01T00:00:00Z', rows_accepted: 5, synthetic: false },
      ],
    }
    expect(sourceLine(meta, 'mrc', MESSAGES.fr)).toContain('demandes importées (211-mauricie.csv, 211-estrie.csv)')
  })

  it('credits only the sources of the level shown', () => {
    const meta: DatasetMeta = {
      ...demoMeta,
      sources: [
        ...demoMeta.sources,
        { id: 'mamh', label: 'MAMH, Répertoire des municipalités', licence: 'CC-BY 4.0', date: '2026' },
        { id: 'montreal', label: 'Ville de Montréal, quartiers', licence: 'CC-BY 4.0', date: '2020' },
      ],
    }
    expect(sourceLine(meta, 'mrc', MESSAGES.fr)).toMatch(/Découpages administratifs; MAMH, Répertoire des municipalités$/)
    expect(sourceLine(meta, 'neighbourhood', MESSAGES.fr)).toMatch(/: Ville de Montréal, quartiers$/)
    expect(sourceLine(meta, 'user_zones', MESSAGES.fr)).toContain('Ville de Montréal')
  })

  it('falls back to the default credits and omits weeks when unknown', () => {
    const meta: DatasetMeta = { ...demoMeta, requests: { count: 0, first_week: null, last_week: null }, sources: [] }
    const line = sourceLine(meta, 'mrc', MESSAGES.fr)
    expect(line).not.toContain('semaines')
    expect(line).toContain('MRNF')
  })
})
