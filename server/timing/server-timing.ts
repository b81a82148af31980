/**
 * The Server-Timing header of every API answer: time spent in SQL (`db`) and in total (`total`), so a
 * benchmark or a browser's developer tools can tell database time from Node time without a profiler.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import type { RequestHandler } from 'express'
import type { Database, Queryable } from '../../core/db/database'

const current = new AsyncLocalStorage<{ dbMs: number }>()

/** Adds the elapsed time of `work` to the current request's database time. */
async function timed<T>(work: () => Promise<T>): Promise<T> {
  const request = current.getStore()
  if (!request) return work()
  const started = performance.now()
  try {
    return await work()
  } finally {
    request.dbMs += performance.now() - started
  }
}

function timedQueryable<Q extends Queryable>(target: Q): Q {
  return {
    ...target,
    query: (sql, params) => timed(() => target.query(sql, params)),
    exec: (sql) => timed(() => target.exec(sql)),
    copyCsv: (table, columns, chunks) => timed(() => target.copyCsv(table, columns, chunks)),
  }
}

/** The same database, its statements timed into the current request's Server-Timing. */
export function timedDatabase(db: Database): Database {
  return {
    ...timedQueryable(db),
    kind: db.kind,
    transaction: (fn) => timed(() => db.transaction(fn)),
    close: () => db.close(),
  }
}

/** Middleware: measures each request and writes `Server-Timing: db;dur=…, total;dur=…` with its headers. */
export function serverTiming(): RequestHandler {
  return (_req, res, next) => {
    const started = performance.now()
    const request = { dbMs: 0 }
    const writeHead = res.writeHead
    res.writeHead = function (this: typeof res, ...args: Parameters<typeof res.writeHead>) {
      if (!res.headersSent) res.setHeader('Server-Timing', `db;dur=${request.dbMs.toFixed(2)}, total;dur=${(performance.now() - started).toFixed(2)}`)
      return writeHead.apply(this, args)
    } as typeof res.writeHead
    current.run(request, next)
  }
}
