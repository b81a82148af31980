/** Recomputes the pre-aggregated tables that metrics read (request_count, supply_count). */
import type { Queryable } from '../../core/db/database'
import { namedQuery } from '../../core/db/named-query'
import { refreshAccess } from './refresh-access'

/** Supply per territory and top-level category, from service points and service areas, and the access it gives. */
export async function refreshSupplyCounts(tx: Queryable): Promise<void> {
  await tx.query('DELETE FROM supply_count')
  await tx.query(namedQuery('refresh-supply-count'))
  await refreshAccess(tx)
}

/** Requests per territory × category × month × outcome × channel × age group, and per place × category × month (hexagons, site suggestions). */
export async function refreshRequestCounts(tx: Queryable): Promise<void> {
  await tx.query('DELETE FROM request_count')
  await tx.query(namedQuery('refresh-request-count'))
  await tx.query('DELETE FROM place_count')
  await tx.query(namedQuery('refresh-place-count'))
}
