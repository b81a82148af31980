import { describe, expect, it } from 'vitest'
import { openTable } from '../../../etl/read/open-table'
import { collect, fixture } from './helpers'

describe('GeoJSON reader', () => {
  it('reads point features: properties as text plus longitude/latitude', async () => {
    const source = await openTable(fixture('organizations.geojson'), { kind: 'organizations' })
    expect(source.format).toBe('geojson')
    expect(source.columns).toEqual(['id', "Nom de l'organisme", 'Services', 'Capacité', 'Actif', 'Adresse', 'Municipalité', 'Code postal', 'longitude', 'latitude'])
    const rows = await collect(source)
    expect(rows[0]).toEqual({
      line: 1,
      values: {
        id: 'O-1',
        "Nom de l'organisme": 'Moisson Estrie',
        Services: 'Aide alimentaire; Dépannage',
        Capacité: '120',
        Actif: 'true',
        Adresse: '',
        Municipalité: '',
        'Code postal': '',
        longitude: '-71.8929',
        latitude: '45.4042',
      },
    })
    expect(rows[1]).toMatchObject({ line: 2, values: { id: 'O-2', Municipalité: 'Magog', longitude: '', latitude: '' } })
  })
})
