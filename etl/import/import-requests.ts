/** `import requests <file>`: anonymized help requests, through the allow-list, generalized, in bulk. */
import { stat } from 'node:fs/promises'
import type { ImportReport } from '../../core/api/types'
import type { Config } from '../../core/config'
import type { BinaryChunk, Database, Queryable } from '../../core/db/database'
import { namedQuery } from '../../core/db/named-query'
import type { Channel } from '../../core/domain/request-fields'
import { hashSecret } from '../anonymize/secret'
import { loadGazetteer } from '../geocode/gazetteer'
import { addImportCounts, placesBeforeImport } from '../load/add-import-counts'
import { placeRegistry, type PlaceRegistry } from '../load/place-registry'
import { packRequests } from '../load/request-batch'
import { encoderWorkerScript, inlineEncoder, workerEncoder, type RequestEncoder } from '../load/request-encoder'
import { disablePretenuring } from '../runtime/pretenuring'
import type { CategoryRow } from '../normalize/category'
import { normalizers, REQUEST_COLUMNS, requestRecords, type RequestContext, type RequestRecord } from './request-record'
import { runImport, type ImportOptions, type ImportPlan } from './run-import'

export interface RequestImportOptions extends ImportOptions {
  /** Channel of every row when the file has no channel column (default 211). */
  defaultChannel?: Channel
  /** Encode records (COPY lines, ids, tally) in a worker thread: by default, for files of ENCODER_WORKER_MIN_BYTES or more. */
  encoderWorker?: boolean
}

/** From this size a worker thread encodes the records: below it, starting one costs more than it saves. */
export const ENCODER_WORKER_MIN_BYTES = 8 * 2 ** 20

/** PostgreSQL's unique_violation: a record of the file is stored already (or repeated in the file). */
const UNIQUE_VIOLATION = '23505'

/** Imports a request file in one transaction; returns its report. */
export async function importRequests(db: Database, config: Config, file: string, options: RequestImportOptions = {}): Promise<ImportReport> {
  disablePretenuring()
  // A file that cannot be read is reported by the reader, with its name: here it is just not large.
  const size = await stat(file).then((info) => info.size, () => 0)
  const inWorker = options.encoderWorker ?? size >= ENCODER_WORKER_MIN_BYTES
  // The worker's script is bundled while the file and the transaction are opened.
  if (inWorker) encoderWorkerScript().catch(() => undefined)
  let context: RequestContext | null = null
  let places: PlaceRegistry | null = null
  let encoder: RequestEncoder | null = null
  const plan: ImportPlan<RequestRecord, BinaryChunk> = {
    kind: 'requests',
    requiredFields: [['date'], ['category'], ['postal_code', 'municipality', 'latitude']],
    async prepare(tx, importId) {
      await tx.query(namedQuery('import/lock-requests'))
      places = await placeRegistry(tx)
      const categories = await tx.query<CategoryRow>(namedQuery('api/categories'))
      const setup = {
        secret: hashSecret(config),
        importId,
        categories: categories.map((c) => c.id),
        topCategory: categories.map((c) => [c.id, c.parent_id ?? c.id] as const),
      }
      context = {
        normalize: normalizers(await loadGazetteer(tx), categories, places),
        defaultChannel: options.defaultChannel ?? '211',
        occurrences: new Map(),
        categoryIndex: new Map(setup.categories.map((id, i) => [id, i])),
      }
      encoder = inWorker ? await workerEncoder(setup) : inlineEncoder(setup)
    },
    normalize: ({ line, fields }) => {
      if (!context) throw new Error('request import used before prepare')
      return requestRecords(line, fields, context)
    },
    encode(records) {
      if (!encoder) throw new Error('request import used before prepare')
      return encoder.encode(packRequests(records))
    },
    async load(tx, importId, pass) {
      if (!context || !places || !encoder) throw new Error('request import used before prepare')
      const before = await placesBeforeImport(tx)
      const { added, tally } = await storeRequests(tx, context, encoder, pass)
      await places.store(tx)
      await tx.query(namedQuery('assign-place-territories'), [before.placesBefore])
      await addImportCounts(tx, before, tally)
      return { added }
    },
    precisionOf: (record) => record.precision,
  }
  try {
    return await runImport(db, file, plan, options)
  } finally {
    await (encoder as RequestEncoder | null)?.close()
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
async function storeRequests(
  tx: Queryable,
  context: RequestContext,
  encoder: RequestEncoder,
  pass: () => AsyncIterable<BinaryChunk>,
): Promise<{ added: number; tally: string[] | null }> {
  const startPass = async () => {
    context.occurrences.clear()
    await encoder.clear()
  }
  await tx.exec(namedQuery('import/create-import-count'))
  const [state] = await tx.query<{ empty: boolean }>(namedQuery('import/requests-empty'))
  await tx.exec('SAVEPOINT direct_load')
  try {
    await startPass()
    if (state?.empty) await tx.exec(namedQuery('import/drop-request-key'))
    const added = await tx.copyBinary('request', REQUEST_COLUMNS, pass())
    // The encoder is idle once the COPY is done: it writes out the tally while PostgreSQL builds the key.
    const tally = encoder.tallyLines()
    // Awaited below; when the key finds a repeated record, the merge path has no use for it.
    tally.catch(() => undefined)
    if (state?.empty) await tx.exec(namedQuery('import/add-request-key'))
    await tx.exec('RELEASE SAVEPOINT direct_load')
    return { added, tally: await tally }
  } catch (error) {
    if ((error as { code?: unknown }).code !== UNIQUE_VIOLATION) throw error
    await tx.exec('ROLLBACK TO SAVEPOINT direct_load')
  }
  await startPass()
  await tx.exec(namedQuery('import/create-request-staging'))
  await tx.copyBinary('request_staging', REQUEST_COLUMNS, pass())
  // The planner needs the staging table's size to choose a hash join over a million rows.
  await tx.query('ANALYZE request_staging')
  const [row] = await tx.query<{ added: number }>(namedQuery('import/merge-request-staging'))
  return { added: row?.added ?? 0, tally: null }
}
