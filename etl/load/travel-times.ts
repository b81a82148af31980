/**
 * `npm run etl -- load travel-times <file.csv>`: a travel-time table computed elsewhere (OSRM, Valhalla…)
 * from the demand points of the accessibility engine to service locations, with columns
 * `origin,dest,minutes` (`cost` is read as minutes too). Every row is checked before anything is
 * written; then, in one transaction, the table replaces the previous one and access is recomputed.
 * A file with a header and no rows clears the table, so access goes back to distances.
 */
import { closeSync, openSync, readSync } from 'node:fs'
import type { Database } from '../../core/db/database'
import { namedQuery } from '../../core/db/named-query'
import { nonNegative, readCsv } from '../access/run-access'
import { InputError } from '../read/types'
import { csvLine } from './csv-rows'
import { finishImport, startImport } from './import-log'
import { refreshAccess } from './refresh-access'

/** What a load did. */
export interface TravelTimesReport {
  file: string
  /** Pairs now in the table. */
  pairs: number
  /** Demand points that now reach sites by travel time. */
  origins: number
  locations: number
  seconds: number
}

/** The cost column of the header: `minutes`, else `cost`. Read from the first line only, since tables can be large. */
function costColumn(file: string): 'minutes' | 'cost' {
  const fd = openSync(file, 'r')
  const buffer = Buffer.alloc(65_536)
  let length: number
  try {
    length = readSync(fd, buffer, 0, buffer.length, 0)
  } finally {
    closeSync(fd)
  }
  const header = buffer.toString('utf8', 0, length).replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''
  const columns = header.split(',').map((c) => c.trim().replace(/^"|"$/g, '').toLowerCase())
  if (columns.includes('minutes')) return 'minutes'
  if (columns.includes('cost')) return 'cost'
  throw new InputError(file, `missing column "minutes" (or "cost") (columns found: ${columns.map((c) => `"${c}"`).join(', ')}; expected origin,dest,minutes)`, { row: 1, field: 'minutes' })
}

/** Checks the whole file against the current demand points and service locations; returns COPY lines and counts. */
async function readTravelTimes(db: Database, file: string): Promise<{ lines: string[]; pairs: number; origins: number; locations: number }> {
  const field = costColumn(file)
  const points = new Set((await db.query<{ id: number }>(namedQuery('access/demand-points'))).map((p) => String(p.id)))
  const locations = new Set((await db.query<{ location_id: string }>(namedQuery('access/sites'))).map((s) => s.location_id))
  const firstRow = new Map<string, number>()
  const origins = new Set<string>()
  const dests = new Set<string>()
  const lines: string[] = []
  let chunk = ''
  for await (const row of readCsv(file, ['origin', 'dest', field])) {
    const origin = row.get('origin')
    const dest = row.get('dest').toLowerCase()
    if (!points.has(origin)) throw new InputError(file, `origin "${origin}" is not a demand point id (npm run etl -- access export-points lists them)`, { row: row.row, field: 'origin' })
    if (!locations.has(dest)) throw new InputError(file, `dest "${row.get('dest')}" is not the id of a service location (npm run etl -- access export-points lists them)`, { row: row.row, field: 'dest' })
    const minutes = nonNegative(file, row, field)
    const key = `${origin}|${dest}`
    const earlier = firstRow.get(key)
    if (earlier !== undefined) throw new InputError(file, `pair origin "${origin}", dest "${dest}" is listed twice (first on row ${earlier})`, { row: row.row, field: 'dest' })
    firstRow.set(key, row.row)
    origins.add(origin)
    dests.add(dest)
    chunk += csvLine([origin, dest, minutes])
    if (chunk.length >= 1 << 20) {
      lines.push(chunk)
      chunk = ''
    }
  }
  if (chunk) lines.push(chunk)
  return { lines, pairs: firstRow.size, origins: origins.size, locations: dests.size }
}

/** Loads a travel-time table (all or nothing) and recomputes access; throws InputError naming the file, row and field. */
export async function loadTravelTimes(db: Database, file: string): Promise<TravelTimesReport> {
  const started = performance.now()
  const table = await readTravelTimes(db, file)
  await db.transaction(async (tx) => {
    const importId = await startImport(tx, { kind: 'travel_times', source: file, synthetic: false })
    await tx.query('DELETE FROM travel_cost')
    await tx.copyCsv('travel_cost', ['origin_id', 'location_id', 'minutes'], table.lines)
    await refreshAccess(tx)
    await finishImport(tx, importId, { rowsRead: table.pairs, rowsAccepted: table.pairs, report: { pairs: table.pairs, origins: table.origins, locations: table.locations } })
  })
  return { file, pairs: table.pairs, origins: table.origins, locations: table.locations, seconds: (performance.now() - started) / 1000 }
}
