/** GET /api/meta: what the data is, so every number on screen can name its source and date. */
import { Router } from 'express'
import type { DatasetMeta } from '../../core/api/types'
import { namedQuery } from '../../core/db/named-query'
import type { AppContext } from '../context'
import { sendJson } from '../http/cached-json'

/** The reference geodata, as credited in geodata/ATTRIBUTION.md. */
const SOURCES: DatasetMeta['sources'] = [
  { id: 'sda', label: 'Gouvernement du Québec (MRNF), Découpages administratifs', licence: 'CC-BY-4.0', date: '2026-05' },
  { id: 'mamh', label: 'MAMH, Répertoire des municipalités (populations du décret)', licence: 'CC-BY-4.0', date: '2026' },
  { id: 'msss', label: 'MSSS, installations du réseau (M02)', licence: 'CC-BY-4.0', date: '2026-03-23' },
  { id: 'statcan', label: 'Adapté de Statistique Canada, Recensement 2021 et IDMC 2021', licence: 'Licence ouverte de Statistique Canada', date: '2021' },
  { id: 'montreal', label: 'Ville de Montréal, quartiers de référence en habitation', licence: 'CC-BY-4.0', date: '2020' },
  { id: 'quebec', label: 'Ville de Québec, quartiers', licence: 'CC-BY-4.0', date: '2020' },
  { id: 'ottawa', label: 'Ottawa Neighbourhood Study, Gen3 boundaries and 2021 population', licence: 'Open Government Licence – City of Ottawa', date: '2023' },
]

interface MetaRow {
  requests: number
  first_week: string | null
  last_week: string | null
  synthetic_requests: boolean | null
  organizations: number
  synthetic_organizations: number
  public_installations: number
  imports: DatasetMeta['imports']
}

export function metaRoutes({ db, cache, dataVersion, config }: AppContext): Router {
  const router = Router()
  router.get('/meta', async (req, res) => {
    const entry = await cache.get(await dataVersion(), 'meta', async () => {
      const [row] = await db.query<MetaRow>(namedQuery('api/meta'))
      if (!row) throw new Error('meta query returned no row')
      const body: DatasetMeta = {
        synthetic: Boolean(row.synthetic_requests) || row.synthetic_organizations > 0,
        requests: { count: row.requests, first_week: row.first_week, last_week: row.last_week },
        organizations: { count: row.organizations, synthetic: row.synthetic_organizations, public_installations: row.public_installations },
        k: config.LACUNES_K,
        imports: row.imports,
        sources: SOURCES,
        basemap_style_url: config.BASEMAP_STYLE_URL ?? null,
      }
      return JSON.stringify(body)
    })
    sendJson(req, res, entry, 60)
  })
  return router
}
