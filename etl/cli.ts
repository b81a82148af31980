/**
 * The ETL command line: `npm run etl -- <command>` (PRODUCT.md, "Interfaces").
 * Exit status 0 on success; non-zero with a message naming the file, row and field on failure.
 */
import { writeFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import type { ImportReport } from '../core/api/types'
import { readConfig, type Config } from '../core/config'
import type { Database } from '../core/db/database'
import { CHANNELS, type Channel } from '../core/domain/request-fields'
import { openDatabase } from '../core/db/open'
import { exportAccessPoints } from './access/export-points'
import { runAccessCommand } from './access/run-access'
import { runDemo } from './demo/run-demo'
import { importOrganizations } from './import/import-organizations'
import { importRequests } from './import/import-requests'
import { loadPostalCodeFile } from './import/import-postal-codes'
import { prepareDatabase } from './prepare'
import { disablePretenuring } from './runtime/pretenuring'
import { progressPrinter } from './progress'
import type { InputFormat } from './read/types'
import { loadTerritories } from './territories/load-territories'
import { loadTravelTimes } from './load/travel-times'

const USAGE = `usage: npm run etl -- <command> [options]
  init                                   apply migrations and load the reference geodata
  demo [--requests N] [--organizations N] [--seed S]
                                         replace the synthetic demo dataset
  import requests <file>                 import anonymized help requests
  import organizations <file>            import organizations and their services
      --format csv|xlsx|geojson|hsds  --sheet NAME  --map mapping.json
      --dry-run  --report report.json  --rejects rejects.csv
      --channel 211|811|311|outreach|walk_in|fund|other   (requests: when the file has no channel column)
  load territories <file> --level ID     a polygon layer (GeoJSON or zipped Shapefile) as a new level
      --code-field F --name-field F --population-field F --parent-level ID --label-fr T --label-en T --dry-run
  load postal-codes <file>               full postal codes with coordinates, for geocoding (CSV)
  load travel-times <file.csv>           origin,dest,minutes from demand points to service locations (OSRM, Valhalla…):
                                         access then uses minutes for the points listed (a header alone clears it)
  access export-points --out DIR         DIR/demand_points.csv and DIR/sites.csv: the ids and lon/lat a travel-time table uses
  access --demand d.csv --supply s.csv --cost c.csv --decay SPEC [--max-cost N] [--normalize]
                                         the accessibility engine alone (E2SFCA); prints id,access,flag
      SPEC: none | step:10=1,20=0.68,30=0.22 | gaussian:SIGMA | gravity:SCALE,ALPHA`

const OPTIONS = {
  requests: { type: 'string' },
  organizations: { type: 'string' },
  seed: { type: 'string' },
  format: { type: 'string' },
  sheet: { type: 'string' },
  map: { type: 'string' },
  'dry-run': { type: 'boolean' },
  report: { type: 'string' },
  rejects: { type: 'string' },
  channel: { type: 'string' },
  level: { type: 'string' },
  'code-field': { type: 'string' },
  'name-field': { type: 'string' },
  'population-field': { type: 'string' },
  'parent-level': { type: 'string' },
  'label-fr': { type: 'string' },
  'label-en': { type: 'string' },
  demand: { type: 'string' },
  supply: { type: 'string' },
  cost: { type: 'string' },
  decay: { type: 'string' },
  'max-cost': { type: 'string' },
  normalize: { type: 'boolean' },
  out: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

type Values = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values']

async function main(argv: string[]): Promise<void> {
  // Before anything allocates: a bulk load's rows must die young (see runtime/pretenuring.ts).
  disablePretenuring()
  const { values, positionals } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true })
  const [command, subject, file] = positionals
  if (values.help || !command) {
    console.error(USAGE)
    process.exitCode = values.help ? 0 : 2
    return
  }
  if (command === 'access' && subject !== 'export-points') {
    // The engine alone works on files: no database is opened.
    await access(values)
    return
  }
  const known = command === 'init' || command === 'demo' || (command === 'import' && (subject === 'requests' || subject === 'organizations')) || (command === 'load' && (subject === 'territories' || subject === 'postal-codes' || subject === 'travel-times')) || (command === 'access' && subject === 'export-points')
  if (!known) throw new UsageError(`unknown command "${positionals.join(' ')}"`)
  if ((command === 'import' || command === 'load') && !file) throw new UsageError(`${command} ${subject} needs a file`)

  const config = readConfig()
  const db = await openDatabase({ url: config.DATABASE_URL, dataDir: config.LACUNES_DATA_DIR })
  try {
    const prepared = await prepareDatabase(db)
    console.error(`database ${db.kind}: ${prepared.migrations.length} migration(s) applied; reference geodata ${prepared.reference.loaded ? 'loaded' : 'already loaded'}`)
    if (command === 'demo') await demo(db, values)
    else if (command === 'import') await importFile(db, config, subject as 'requests' | 'organizations', file as string, values)
    else if (command === 'load' && subject === 'territories') {
      if (!values.level) throw new UsageError('load territories needs --level <id>')
      const report = await loadTerritories(db, file as string, {
        level: values.level,
        codeField: values['code-field'],
        nameField: values['name-field'],
        populationField: values['population-field'],
        parentLevel: values['parent-level'],
        labelFr: values['label-fr'],
        labelEn: values['label-en'],
        dryRun: values['dry-run'],
      })
      console.log(JSON.stringify(report, null, 2))
    } else if (command === 'load' && subject === 'travel-times') {
      console.log(JSON.stringify(await loadTravelTimes(db, file as string), null, 2))
    } else if (command === 'access') {
      if (!values.out) throw new UsageError('access export-points needs --out <dir>')
      console.log(JSON.stringify(await exportAccessPoints(db, values.out), null, 2))
    } else if (command === 'load') {
      const report = await loadPostalCodeFile(db, file as string)
      console.log(JSON.stringify(report, null, 2))
    }
  } finally {
    await db.close()
  }
}

async function access(values: Values) {
  const { demand, supply, cost, decay } = values
  if (!demand || !supply || !cost || !decay) throw new UsageError('access needs --demand, --supply, --cost and --decay')
  const maxCost = values['max-cost'] === undefined ? undefined : Number(values['max-cost'])
  await runAccessCommand({ demand, supply, cost, decay, maxCost, normalize: values.normalize }, process.stdout)
}

async function demo(db: Database, values: Values) {
  const result = await runDemo(db, {
    requests: positiveInteger(values.requests, '--requests'),
    organizations: positiveInteger(values.organizations, '--organizations'),
    seed: positiveInteger(values.seed, '--seed'),
    onProgress: progressPrinter(),
  })
  console.error(result.skipped ? 'demo data already loaded with these options' : `demo data: ${result.organizations} organizations, ${result.requests} requests (import ${result.importId})`)
}

async function importFile(db: Database, config: Config, kind: 'requests' | 'organizations', file: string, values: Values) {
  const format = values.format
  if (format !== undefined && !['csv', 'xlsx', 'geojson', 'hsds'].includes(format)) throw new UsageError(`--format must be csv, xlsx, geojson or hsds, not "${format}"`)
  const options = {
    format: format as InputFormat | undefined,
    sheet: values.sheet,
    map: values.map,
    dryRun: values['dry-run'],
    rejectsPath: values.rejects,
    onProgress: progressPrinter(),
  }
  const channel = values.channel
  if (channel !== undefined && !(CHANNELS as readonly string[]).includes(channel)) throw new UsageError(`--channel must be one of ${CHANNELS.join(', ')}, not "${channel}"`)
  const report: ImportReport =
    kind === 'requests'
      ? await importRequests(db, config, file, { ...options, ...(channel ? { defaultChannel: channel as Channel } : {}) })
      : await importOrganizations(db, config, file, options)
  if (values.report) writeFileSync(values.report, `${JSON.stringify(report, null, 2)}\n`)
  console.error(summary(report))
  if (!values.report) console.log(JSON.stringify(report, null, 2))
}

function summary(report: ImportReport): string {
  const lines = [
    `${report.dry_run ? '[dry run, nothing stored] ' : ''}${report.file}: ${report.rows_read} rows read, ${report.added} ${report.kind} added, ${report.already_present} already present, ${report.rejected} rejected (${report.rows_per_second.toLocaleString('en-CA')} rows/s)`,
  ]
  if (report.columns.dropped.length > 0) lines.push(`columns ${report.kind === 'requests' ? 'dropped (not in the allow-list)' : 'not used'}: ${report.columns.dropped.join(', ')}`)
  for (const reject of report.rejects.slice(0, 10)) lines.push(`  row ${reject.row}, field "${reject.field}": ${reject.reason}`)
  if (report.rejected > 10) lines.push(`  … and ${report.rejected - 10} more (--rejects file.csv lists them all)`)
  return lines.join('\n')
}

class UsageError extends Error {}

function positiveInteger(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number <= 0) throw new UsageError(`${flag} must be a positive integer, got "${value}"`)
  return number
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`)
  if (error instanceof UsageError) console.error(USAGE)
  process.exitCode = error instanceof UsageError ? 2 : 1
})
