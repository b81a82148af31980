/** The import log: one row per load, so every figure can name where it came from. */
import type { Queryable } from '../../core/db/database'

export interface ImportStart {
  kind: 'reference' | 'demo' | 'organizations' | 'requests' | 'territories' | 'travel_times'
  source: string
  sha256?: string | null
  synthetic: boolean
}

/** Opens a log row in state `running`; returns its id. */
export async function startImport(tx: Queryable, start: ImportStart): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    'INSERT INTO import_log (kind, source, file_sha256, synthetic) VALUES ($1, $2, $3, $4) RETURNING id',
    [start.kind, start.source, start.sha256 ?? null, start.synthetic],
  )
  if (!row) throw new Error('import_log insert returned no id')
  return row.id
}

/** Marks a log row succeeded with its counts and report. */
export async function finishImport(
  tx: Queryable,
  id: number,
  result: { rowsRead: number; rowsAccepted: number; rowsRejected?: number; report: unknown },
): Promise<void> {
  await tx.query(
    `UPDATE import_log SET status = 'succeeded', finished_at = now(), rows_read = $2, rows_accepted = $3,
       rows_rejected = $4, report = $5::jsonb WHERE id = $1`,
    [id, result.rowsRead, result.rowsAccepted, result.rowsRejected ?? 0, JSON.stringify(result.report)],
  )
}
