/**
 * The ETL command line: `npm run etl -- <command>`.
 *   init                                  apply migrations and load the reference geodata
 *   demo [--requests N] [--organizations N] [--seed S]   add the synthetic demo dataset
 * Exit status 0 on success; non-zero with a message on failure.
 */
import { parseArgs } from 'node:util'
import { readConfig } from '../core/config'
import { openDatabase } from '../core/db/open'
import { runDemo } from './demo/run-demo'
import { prepareDatabase } from './prepare'
import { progressPrinter } from './progress'

const USAGE = `usage: npm run etl -- <command> [options]
  init                                         apply migrations and load the reference geodata
  demo [--requests N] [--organizations N] [--seed S]
                                               replace the synthetic demo dataset`

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv
  const config = readConfig()
  if (command !== 'init' && command !== 'demo') {
    console.error(command ? `unknown command "${command}"\n${USAGE}` : USAGE)
    process.exitCode = 2
    return
  }
  const { values } = parseArgs({
    args: rest,
    options: { requests: { type: 'string' }, organizations: { type: 'string' }, seed: { type: 'string' } },
    strict: true,
  })
  const db = await openDatabase({ url: config.DATABASE_URL, dataDir: config.LACUNES_DATA_DIR })
  try {
    const prepared = await prepareDatabase(db)
    console.error(`database ${db.kind}: ${prepared.migrations.length} migration(s) applied; reference geodata ${prepared.reference.loaded ? 'loaded' : 'already loaded'}`)
    if (command === 'demo') {
      const result = await runDemo(db, {
        requests: positiveInteger(values.requests, '--requests'),
        organizations: positiveInteger(values.organizations, '--organizations'),
        seed: positiveInteger(values.seed, '--seed'),
        onProgress: progressPrinter(),
      })
      console.error(result.skipped ? 'demo data already loaded with these options' : `demo data: ${result.organizations} organizations, ${result.requests} requests (import ${result.importId})`)
    }
  } finally {
    await db.close()
  }
}

function positiveInteger(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number <= 0) throw new Error(`${flag} must be a positive integer, got "${value}"`)
  return number
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
