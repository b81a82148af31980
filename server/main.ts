/** `npm start`: the whole application on http://localhost:$PORT, stopped cleanly by SIGINT or SIGTERM. */
import pino from 'pino'
import { readConfig } from '../core/config'
import { start } from './start'

const config = readConfig()
const logger = pino({ level: config.LOG_LEVEL })

try {
  const running = await start(config, logger)
  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down')
    // A second signal, or a stop that hangs, must still end the process.
    setTimeout(() => process.exit(1), 10_000).unref()
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed')
        process.exit(1)
      },
    )
  }
  process.once('SIGINT', () => shutdown('SIGINT'))
  process.once('SIGTERM', () => shutdown('SIGTERM'))
} catch (error) {
  logger.fatal({ err: error }, `cannot start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
