/** POST /api/imports (admin token): runs an ETL import on an uploaded file and returns its report. */
import { Router } from 'express'
import { z } from 'zod'
import { importOrganizations } from '../../etl/import/import-organizations'
import { importRequests } from '../../etl/import/import-requests'
import { InputError } from '../../etl/read/types'
import { loadTerritories } from '../../etl/territories/load-territories'
import type { AppContext } from '../context'
import { requireAdminToken } from '../http/admin-token'
import { HttpError } from '../http/errors'
import { receiveUpload } from '../http/upload'

const MAX_UPLOAD_BYTES = 512 * 1024 * 1024

export const importFields = z.object({
  kind: z.enum(['requests', 'organizations', 'territories']),
  format: z.enum(['csv', 'xlsx', 'geojson', 'hsds']).optional(),
  sheet: z.string().max(100).optional(),
  map: z.string().max(20_000).optional(),
  dry_run: z.enum(['true', 'false']).optional(),
  level: z.string().max(40).optional(),
  code_field: z.string().max(100).optional(),
  name_field: z.string().max(100).optional(),
  population_field: z.string().max(100).optional(),
  parent_level: z.string().max(40).optional(),
  label_fr: z.string().max(200).optional(),
  label_en: z.string().max(200).optional(),
})

export function importRoutes(context: AppContext): Router {
  const router = Router()
  router.post('/imports', requireAdminToken(context.config.ADMIN_TOKEN), async (req, res) => {
    const upload = await receiveUpload(req, MAX_UPLOAD_BYTES)
    try {
      const parsed = importFields.safeParse(upload.fields)
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        throw new HttpError(400, 'invalid_parameter', `${issue?.path.join('.') ?? 'fields'}: ${issue?.message ?? 'invalid'}`)
      }
      const f = parsed.data
      const map = f.map ? parseMap(f.map) : undefined
      const dryRun = f.dry_run === 'true'
      const options = { format: f.format, sheet: f.sheet, map, dryRun, displayName: upload.filename }
      let report: unknown
      // Writes go to the primary; a read replica (context.db) refuses them.
      const primary = context.primary ?? context.db
      if (f.kind === 'requests') report = await importRequests(primary, context.config, upload.path, options)
      else if (f.kind === 'organizations') report = await importOrganizations(primary, context.config, upload.path, options)
      else {
        if (!f.level) throw new HttpError(400, 'invalid_parameter', 'level: required to load territories')
        report = await loadTerritories(primary, upload.path, {
          level: f.level,
          codeField: f.code_field,
          nameField: f.name_field,
          populationField: f.population_field,
          parentLevel: f.parent_level,
          labelFr: f.label_fr,
          labelEn: f.label_en,
          dryRun,
        })
      }
      context.logger.info({ kind: f.kind, file: upload.filename, dryRun }, 'import finished')
      res.status(dryRun ? 200 : 201).json(report)
    } catch (error) {
      // Name the file as the client sent it, never by its temporary path on this server.
      if (error instanceof InputError) throw new HttpError(422, 'invalid_file', error.message.replaceAll(upload.path, upload.filename))
      throw error
    } finally {
      await upload.cleanup()
    }
  })
  return router
}

function parseMap(text: string): Record<string, string> {
  try {
    const value = JSON.parse(text) as unknown
    if (value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string')) {
      return value as Record<string, string>
    }
  } catch {
    // Reported below.
  }
  throw new HttpError(400, 'invalid_parameter', 'map: must be a JSON object of strings (file column → field)')
}
