/**
 * Adds one request import's rows to the pre-aggregated counts, instead of recomputing them from every
 * stored request: an import then costs its own rows. The counts are sums over requests joined to
 * their places' territories, so adding the new requests' sums is exact as long as no older place
 * gained a territory meanwhile; when one did (a level loaded since), everything is recomputed.
 */
import type { Queryable } from '../../core/db/database'
import { namedQuery } from '../../core/db/named-query'
import { refreshRequestCounts } from './refresh-counts'

/** Counts what request import `importId` added; `placesBefore` is import/max-place-id before its places were added. */
export async function addImportCounts(tx: Queryable, importId: number, placesBefore: number, placementsBefore: number): Promise<void> {
  const [after] = await tx.query<{ n: number }>(namedQuery('import/placed-old-places'), [placesBefore])
  if ((after?.n ?? 0) !== placementsBefore) {
    await refreshRequestCounts(tx)
    return
  }
  await tx.query(namedQuery('import/add-request-counts'), [importId])
  await tx.query(namedQuery('import/add-place-counts'), [importId])
}

/** What addImportCounts needs to know from before an import's places are added and placed. */
export async function placesBeforeImport(tx: Queryable): Promise<{ placesBefore: number; placementsBefore: number }> {
  const [max] = await tx.query<{ id: number }>(namedQuery('import/max-place-id'))
  const placesBefore = max?.id ?? 0
  const [placed] = await tx.query<{ n: number }>(namedQuery('import/placed-old-places'), [placesBefore])
  return { placesBefore, placementsBefore: placed?.n ?? 0 }
}
