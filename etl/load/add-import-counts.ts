/**
 * Adds one request import's rows to the pre-aggregated counts, instead of recomputing them from every
 * stored request: an import then costs its own rows. The counts are sums over requests joined to
 * their places' territories, so adding the new requests' sums is exact as long as no older place
 * gained a territory meanwhile. An import places only its own new places; an older place can still
 * gain one from a level loaded by another process while the import runs (load territories does not
 * wait for imports), and then everything is recomputed.
 */
import type { Queryable } from '../../core/db/database'
import { namedQuery } from '../../core/db/named-query'
import { IMPORT_COUNT_COLUMNS } from './import-tally'
import { refreshRequestCounts } from './refresh-counts'

/**
 * Adds what a request import added to the counts: its tally (ImportTally.lines), copied into
 * import_count, or, when it is null, what the import's merge already put there. `before` is placesBeforeImport's answer.
 */
export async function addImportCounts(tx: Queryable, before: { placesBefore: number; placementsBefore: number }, tally: readonly string[] | null): Promise<void> {
  const [after] = await tx.query<{ n: number }>(namedQuery('import/placed-old-places'), [before.placesBefore])
  if ((after?.n ?? 0) !== before.placementsBefore) {
    await refreshRequestCounts(tx)
    return
  }
  if (tally) await tx.copyCsv('import_count', IMPORT_COUNT_COLUMNS, tally)
  await tx.query(namedQuery('import/add-request-counts'))
  await tx.query(namedQuery('import/add-place-counts'))
}

/** What addImportCounts needs to know from before an import's places are added and placed. */
export async function placesBeforeImport(tx: Queryable): Promise<{ placesBefore: number; placementsBefore: number }> {
  const [max] = await tx.query<{ id: number }>(namedQuery('import/max-place-id'))
  const placesBefore = max?.id ?? 0
  const [placed] = await tx.query<{ n: number }>(namedQuery('import/placed-old-places'), [placesBefore])
  return { placesBefore, placementsBefore: placed?.n ?? 0 }
}
