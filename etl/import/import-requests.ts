/** `import requests <file>`: anonymized help requests, through the allow-list, generalized, in bulk. */
import type { ImportReport } from '../../core/api/types'
import type { Config } from '../../core/config'
import type { Database } from '../../core/db/database'
import { namedQuery } from '../../core/db/named-query'
import type { Channel } from '../../core/domain/request-fields'
import { hashSecret } from '../anonymize/secret'
import { requestIdHasher } from '../anonymize/source-hash'
import { loadGazetteer } from '../geocode/gazetteer'
import { addImportCounts, placesBeforeImport } from '../load/add-import-counts'
import type { CategoryRow } from '../normalize/category'
import { normalizers, REQUEST_STAGING_COLUMNS, requestRecords, type RequestContext, type RequestRecord } from './request-record'
import { runImport, type ImportOptions, type ImportPlan } from './run-import'

export interface RequestImportOptions extends ImportOptions {
  /** Channel of every row when the file has no channel column (default 211). */
  defaultChannel?: Channel
}

/** Imports a request file in one transaction; returns its report. */
export async function importRequests(db: Database, config: Config, file: string, options: RequestImportOptions = {}): Promise<ImportReport> {
  let context: RequestContext | null = null
  const plan: ImportPlan<RequestRecord> = {
    kind: 'requests',
    requiredFields: [['date'], ['category'], ['postal_code', 'municipality', 'latitude']],
    async prepare(tx) {
      await tx.query(namedQuery('import/lock-requests'))
      context = {
        normalize: normalizers(await loadGazetteer(tx), await tx.query<CategoryRow>(namedQuery('api/categories'))),
        requestId: requestIdHasher(hashSecret(config)),
        defaultChannel: options.defaultChannel ?? '211',
        occurrences: new Map(),
      }
      await tx.exec(namedQuery('import/create-request-staging'))
    },
    normalize: ({ line, fields }) => {
      if (!context) throw new Error('request import used before prepare')
      return requestRecords(line, fields, context)
    },
    staging: {
      table: 'request_staging',
      columns: REQUEST_STAGING_COLUMNS,
      line: (r) => r.line,
    },
    async merge(tx, importId) {
      // The planner needs the staging table's size to choose a hash join over a million rows.
      await tx.query('ANALYZE request_staging')
      const before = await placesBeforeImport(tx)
      await tx.query(namedQuery('import/add-staged-places'))
      const [row] = await tx.query<{ added: number }>(namedQuery('import/merge-request-staging'), [importId])
      await tx.query(namedQuery('assign-place-territories'))
      await addImportCounts(tx, importId, before.placesBefore, before.placementsBefore)
      return { added: row?.added ?? 0 }
    },
    precisionOf: (record) => record.precision,
  }
  return runImport(db, file, plan, options)
}
