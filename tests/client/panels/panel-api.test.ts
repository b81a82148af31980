import { describe, expect, it } from 'vitest'
import { compareUrl, exportUrl, profileUrl } from '../../../client/src/panels/panel-api'

describe('panel API URLs', () => {
  it('ask for the period on screen', () => {
    expect(profileUrl(23, { from: '2025-01', to: '2025-12' })).toBe('/api/territories/23/profile?from=2025-01&to=2025-12')
    expect(decodeURIComponent(compareUrl([1, 2, 3], { from: '2025-01', to: '2025-12' }))).toBe('/api/compare?ids=1,2,3&from=2025-01&to=2025-12')
  })

  it('export the table with the same filters as the map', () => {
    expect(exportUrl('csv', { level: 'mrc', category: 'food', from: '2025-01', to: '2025-12' })).toBe('/api/export/metrics.csv?level=mrc&category=food&from=2025-01&to=2025-12')
    expect(exportUrl('geojson', { level: 'mrc', category: 'all', from: '2025-01', to: '2025-12', outcome: 'unmet', channel: '211' })).toBe(
      '/api/export/metrics.geojson?level=mrc&category=all&from=2025-01&to=2025-12&outcome=unmet&channel=211',
    )
  })
})
