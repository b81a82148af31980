import { describe, expect, it } from 'vitest'
import { ORGANIZATION_FIELDS } from '../../../etl/import/fields'
import { mapHeaders } from '../../../etl/read/headers'
import { openTable } from '../../../etl/read/open-table'
import { collect, fixture } from './helpers'

describe('HSDS 3.0 JSON', () => {
  it('flattens services with nested organization and locations, one row per service × location', async () => {
    const source = await openTable(fixture('hsds-services.json'), { kind: 'organizations' })
    expect(source.format).toBe('hsds')
    expect(source.columns).toEqual([...ORGANIZATION_FIELDS])
    expect(mapHeaders(source.columns, 'organizations').unmapped).toEqual([])
    const rows = await collect(source)
    expect(rows.map((r) => [r.line, r.values.source_id])).toEqual([
      [1, 'org-1:svc-1:loc-1'],
      [1, 'org-1:svc-1:loc-2'],
      [2, 'org-2:svc-2:'],
    ])
    expect(rows[0]?.values).toEqual({
      source_id: 'org-1:svc-1:loc-1',
      name: 'Moisson Memphrémagog',
      alternate_name: 'MM',
      description: 'Dépannage alimentaire hebdomadaire',
      website: 'https://moisson.example.org',
      email: 'comptoir@example.org',
      phone: '819-555-0199',
      address: '123, rue Principale Ouest, Magog',
      municipality: 'Magog',
      postal_code: 'J1X 2A9',
      latitude: '45.2667',
      longitude: '-72.15',
      categories: 'Aide alimentaire; BD-5000',
      service_name: 'Comptoir alimentaire',
      languages: 'Français; Anglais',
      capacity: '60',
      hours: '',
      service_area: 'MRC de Memphrémagog; Potton',
    })
    expect(rows[1]?.values).toMatchObject({ municipality: 'Potton', postal_code: 'J0E 1X0', latitude: '45.0667' })
    expect(rows[2]?.values).toMatchObject({ name: "Centre d'action bénévole", email: 'cab@example.org', latitude: '', address: '' })
  })

  it('flattens organizations with nested services referring to their locations by id', async () => {
    const rows = await collect(await openTable(fixture('hsds-organizations.json'), { kind: 'organizations' }))
    expect(rows.map((r) => [r.line, r.values.source_id, r.values.service_name])).toEqual([
      [1, 'org-9:svc-9:loc-9', 'Halte-garderie'],
      [2, 'org-9:svc-10:loc-9', 'Aide aux devoirs'],
    ])
    expect(rows[0]?.values).toMatchObject({ categories: 'Enfance et famille', municipality: 'Sherbrooke', languages: 'Français', website: 'https://mdj.example.org' })
  })
})

describe('HSDS 3.0 tabular data package', () => {
  it('reads a folder and its datapackage.json the same way', async () => {
    const fromFolder = await collect(await openTable(fixture('hsds-package'), { kind: 'organizations' }))
    const fromDescriptor = await collect(await openTable(fixture('hsds-package/datapackage.json'), { kind: 'organizations' }))
    expect(fromDescriptor).toEqual(fromFolder)
    expect(fromFolder.map((r) => [r.line, r.values.source_id])).toEqual([
      [2, 'org-1:svc-1:loc-1'],
      [2, 'org-1:svc-1:loc-2'],
      [3, 'org-2:svc-2:loc-1'],
    ])
    expect(fromFolder[0]?.values).toMatchObject({
      name: 'Moisson Memphrémagog',
      description: 'Dépannage, paniers',
      website: 'https://moisson.example.org',
      address: '123, rue Principale Ouest, Magog',
      postal_code: 'J1X 2A9',
      latitude: '45.2667',
      longitude: '-72.15',
      categories: 'Aide alimentaire',
      languages: 'Français; Anglais',
      service_area: 'MRC de Memphrémagog',
    })
    expect(fromFolder[2]?.values).toMatchObject({ name: "Centre d'action bénévole", website: 'https://cab.example.org/transport', categories: 'Transport', service_area: 'Magog' })
  })
})
