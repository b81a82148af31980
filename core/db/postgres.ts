/** The server backend: a PostgreSQL/PostGIS server reached with `pg`. */
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import pg from 'pg'
import { from as copyFrom } from 'pg-copy-streams'
import { binaryCopyStream } from './binary-copy'
import { copyStatement, type Database, type Queryable, type Row } from './database'
import { VALUE_PARSERS } from './value-types'

const types = {
  getTypeParser: ((oid: number, format?: string) =>
    VALUE_PARSERS[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
}

function queryable(client: pg.Pool | pg.PoolClient, withClient: <T>(fn: (c: pg.PoolClient) => Promise<T>) => Promise<T>): Queryable {
  return {
    async query<T = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      const result = await client.query<T & pg.QueryResultRow>({ text: sql, values: params as unknown[], types })
      return result.rows
    },
    async exec(sql: string) {
      await client.query(sql)
    },
    copyCsv(table, columns, chunks) {
      return withClient(async (c) => {
        const stream = c.query(copyFrom(copyStatement(table, columns, 'STDIN')))
        await pipeline(Readable.from(chunks), stream)
        return Number(stream.rowCount ?? 0)
      })
    },
    copyBinary(table, columns, chunks) {
      return withClient(async (c) => {
        const stream = c.query(copyFrom(copyStatement(table, columns, 'STDIN', 'binary')))
        await pipeline(Readable.from(binaryCopyStream(chunks)), stream)
        return Number(stream.rowCount ?? 0)
      })
    },
  }
}

/** How long a request may wait for a pooled connection when all are busy before it becomes a 503: under a burst a slow answer beats an error. */
const POOL_WAIT_MS = 60_000
/** How long opening a connection may take: a server that is down or unreachable fails a request within seconds, not after the TCP timeout. */
const CONNECT_TIMEOUT_MS = 10_000

/** A client whose own connect timeout is short, while the pool's (which also bounds the wait in its queue) is long. */
class PromptClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super({ ...(typeof config === 'string' ? { connectionString: config } : config), connectionTimeoutMillis: CONNECT_TIMEOUT_MS })
  }
}

/** Connects a pool to `url` (postgres://…). */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  // Imports stage a million rows in a temporary table: give temporary tables room in memory (the
  // default 8 MB spills to disk). A startup parameter, so it holds before a session touches one.
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10, Client: PromptClient, connectionTimeoutMillis: POOL_WAIT_MS, options: '-c temp_buffers=256MB' })
  // An idle client that loses its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined)
  const withClient = async <T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> => {
    const c = await pool.connect()
    // A checked-out client has no pool listener: without one, a connection lost between two statements
    // (a server restart during an import) would be an uncaught 'error' event and end the process.
    let lost: Error | undefined
    const onError = (error: Error) => {
      lost = error
    }
    c.on('error', onError)
    try {
      return await fn(c)
    } finally {
      c.off('error', onError)
      // A client whose connection was lost is destroyed, not returned to the pool.
      c.release(lost)
    }
  }
  const direct = queryable(pool, withClient)
  return {
    kind: 'postgis',
    ...direct,
    transaction: (fn) =>
      withClient(async (c) => {
        await c.query('BEGIN')
        try {
          const result = await fn(queryable(c, (inner) => inner(c)))
          await c.query('COMMIT')
          return result
        } catch (error) {
          // On a lost connection the ROLLBACK fails too (the server rolled back already): report the first error.
          await c.query('ROLLBACK').catch(() => undefined)
          throw error
        }
      }),
    close: () => pool.end(),
  }
}
