/** `load postal-codes <file>`: full postal codes with coordinates, which geocoding then prefers to FSAs. */
import { basename } from 'node:path'
import type { Database } from '../../core/db/database'
import { loadPostalCodes } from '../geocode/postal-code-file'
import { openTable } from '../read/open-table'

/** Loads a CSV of postal codes (postal_code, latitude, longitude) in one transaction. */
export async function loadPostalCodeFile(db: Database, path: string) {
  const table = await openTable(path, { format: 'csv', kind: 'organizations' })
  return loadPostalCodes(db, table.rows, basename(path))
}
