/** Starts Lacunes: database ready (migrations, reference data, demo when empty), then the HTTP server. */
import type { Server } from 'node:http'
import pino, { type Logger } from 'pino'
import type { Config } from '../core/config'
import type { Database } from '../core/db/database'
import { openDatabase } from '../core/db/open'
import { runDemo } from '../etl/demo/run-demo'
import { hasNoRequests, prepareDatabase } from '../etl/prepare'
import { createApp } from './app'
import { createJsonCache } from './http/cached-json'
import { dataVersionReader } from './data-version'
import { openReadDatabase } from './read-database'
import { VERSION } from './version'

export interface Running {
  server: Server
  db: Database
  url: string
  stop(): Promise<void>
}

/** Opens and prepares the database, then listens; `stop` closes both in order. */
export async function start(config: Config, logger: Logger = pino({ level: config.LOG_LEVEL })): Promise<Running> {
  const started = Date.now()
  const db = await openDatabase({ url: config.DATABASE_URL, dataDir: config.LACUNES_DATA_DIR, warn: (message) => logger.warn(message) })
  try {
    const prepared = await prepareDatabase(db)
    logger.info({ db: db.kind, migrations: prepared.migrations, reference: prepared.reference.loaded ? 'loaded' : 'present' }, 'database ready')
    if (config.LACUNES_DEMO === 'on' && (await hasNoRequests(db))) {
      logger.info('empty database: generating the demo dataset (LACUNES_DEMO=off to skip)')
      let lastStep = ''
      const demo = await runDemo(db, {
        requests: config.LACUNES_DEMO_REQUESTS,
        onProgress: (step) => {
          if (step !== lastStep) logger.info({ step }, 'demo data')
          lastStep = step
        },
      })
      logger.info({ organizations: demo.organizations, requests: demo.requests }, 'demo data loaded')
    }
  } catch (error) {
    await db.close()
    throw error
  }
  // Migrations, the demo and imports write to the primary; GET routes and the data version read `reads`,
  // so what a cache is keyed by is what the replica has replayed.
  const reads = await openReadDatabase(config, db, logger).catch(async (error: unknown) => {
    await db.close()
    throw error
  })
  const context = { db: reads, primary: db, config, logger, version: VERSION, cache: createJsonCache(), dataVersion: dataVersionReader(reads) }
  const app = createApp(context)
  const server = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(config.PORT, config.HOST, () => resolve(listening))
    listening.on('error', reject)
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : config.PORT
  const url = `http://localhost:${port}`
  logger.info({ url, seconds: (Date.now() - started) / 1000 }, 'Lacunes is ready')
  let stopping: Promise<void> | null = null
  return {
    server,
    db,
    url,
    stop: () =>
      (stopping ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeIdleConnections()
        })
        if (reads !== db) await reads.close()
        await db.close()
      })()),
  }
}
