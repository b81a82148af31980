/** `import requests <file>`: anonymized help requests, through the allow-list, generalized, in bulk. */
import { stat } from 'node:fs/promises'
import type { ImportReport } from '../../core/api/types'
import type { Config } from '../../core/config'
import type { Database, Queryable } from '../../core/db/database'
import { namedQuery } from '../../core/db/named-query'
import type { Channel } from '../../core/domain/request-fields'
import { hashSecret } from '../anonymize/secret'
import { ID_PLACEHOLDER } from '../anonymize/request-id-lines'
import { inlineFiller, workerFiller, type RequestIdFiller } from '../anonymize/request-id-filler'
import { loadGazetteer } from '../geocode/gazetteer'
import { addImportCounts, placesBeforeImport } from '../load/add-import-counts'
import { ImportTally } from '../load/import-tally'
import { placeRegistry, type PlaceRegistry } from '../load/place-registry'
import type { CategoryRow } from '../normalize/category'
import { normalizers, REQUEST_COLUMNS, requestRecords, type RequestContext, type RequestRecord } from './request-record'
import { runImport, type ImportOptions, type ImportPlan } from './run-import'

export interface RequestImportOptions extends ImportOptions {
  /** Channel of every row when the file has no channel column (default 211). */
  defaultChannel?: Channel
  /** Hash ids in a worker thread: by default, for files of HASH_WORKER_MIN_BYTES or more. */
  hashWorker?: boolean
}

/** From this size a worker thread hashes the ids: below it, starting one costs more than it saves. */
export const HASH_WORKER_MIN_BYTES = 8 * 2 ** 20

/** PostgreSQL's unique_violation: a record of the file is stored already (or repeated in the file). */
const UNIQUE_VIOLATION = '23505'

/** Imports a request file in one transaction; returns its report. */
export async function importRequests(db: Database, config: Config, file: string, options: RequestImportOptions = {}): Promise<ImportReport> {
  let context: RequestContext | null = null
  let places: PlaceRegistry | null = null
  let ids: RequestIdFiller | null = null
  const plan: ImportPlan<RequestRecord> = {
    kind: 'requests',
    requiredFields: [['date'], ['category'], ['postal_code', 'municipality', 'latitude']],
    async prepare(tx, importId) {
      await tx.query(namedQuery('import/lock-requests'))
      places = await placeRegistry(tx)
      const categories = await tx.query<CategoryRow>(namedQuery('api/categories'))
      const inWorker = options.hashWorker ?? (await stat(file)).size >= HASH_WORKER_MIN_BYTES
      ids = inWorker ? workerFiller(hashSecret(config)) : inlineFiller(hashSecret(config))
      context = {
        normalize: normalizers(await loadGazetteer(tx), categories, places),
        defaultChannel: options.defaultChannel ?? '211',
        occurrences: new Map(),
        linePrefix: `${ID_PLACEHOLDER},${importId},`,
        tally: new ImportTally(new Map(categories.map((c) => [c.id, c.parent_id ?? c.id]))),
      }
    },
    normalize: ({ line, fields }) => {
      if (!context) throw new Error('request import used before prepare')
      return requestRecords(line, fields, context)
    },
    encode(records) {
      if (!ids) throw new Error('request import used before prepare')
      let text = ''
      let messages = ''
      const lengths: number[] = []
      for (let i = 0; i < records.length; i++) {
        const record = records[i] as RequestRecord
        text += record.line
        messages += record.message
        lengths.push(record.message.length)
      }
      return ids.fill({ text, messages, lengths })
    },
    async load(tx, importId, pass) {
      if (!context || !places) throw new Error('request import used before prepare')
      const before = await placesBeforeImport(tx)
      const { added, tally } = await storeRequests(tx, context, pass)
      await places.store(tx)
      await tx.query(namedQuery('assign-place-territories'))
      await addImportCounts(tx, before, tally)
      return { added }
    },
    precisionOf: (record) => record.precision,
  }
  try {
    return await runImport(db, file, plan, options)
  } finally {
    await (ids as RequestIdFiller | null)?.close()
  }
}

/**
 * Copies the file's records straight into `request`, the fast path of every file whose records are
 * all new (the usual next month's export). When a record is stored already (the same file again, an
 * export that overlaps the last one) or repeated in the file, the primary key stops the load; the
 * file is then read again into a staging table and only its new records are merged. Returns how many
 * were added, and their tally when it is the file's (every record added; else the merge has put the
 * added records' tally in import_count).
 */
async function storeRequests(tx: Queryable, context: RequestContext, pass: () => AsyncIterable<string>): Promise<{ added: number; tally: ImportTally | null }> {
  const startPass = () => {
    context.occurrences.clear()
    context.tally.clear()
  }
  await tx.exec(namedQuery('import/create-import-count'))
  const [state] = await tx.query<{ empty: boolean }>(namedQuery('import/requests-empty'))
  await tx.exec('SAVEPOINT direct_load')
  try {
    startPass()
    if (state?.empty) await tx.exec(namedQuery('import/drop-request-key'))
    const added = await tx.copyCsv('request', REQUEST_COLUMNS, pass())
    if (state?.empty) await tx.exec(namedQuery('import/add-request-key'))
    await tx.exec('RELEASE SAVEPOINT direct_load')
    return { added, tally: context.tally }
  } catch (error) {
    if ((error as { code?: unknown }).code !== UNIQUE_VIOLATION) throw error
    await tx.exec('ROLLBACK TO SAVEPOINT direct_load')
  }
  startPass()
  await tx.exec(namedQuery('import/create-request-staging'))
  await tx.copyCsv('request_staging', REQUEST_COLUMNS, pass())
  // The planner needs the staging table's size to choose a hash join over a million rows.
  await tx.query('ANALYZE request_staging')
  const [row] = await tx.query<{ added: number }>(namedQuery('import/merge-request-staging'))
  return { added: row?.added ?? 0, tally: null }
}
