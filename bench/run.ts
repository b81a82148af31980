/**
 * `npm run bench -- <name…>`: runs benchmarks and records their figures in docs/BENCHMARKS.md.
 * Targets live here, never in unit tests.
 */
import { writeSection } from './report'
import { benchStartup } from './startup'

const BENCHMARKS: Record<string, () => Promise<void>> = {
  async startup() {
    const result = await benchStartup()
    const table = [
      '| measure | seconds | target |',
      '|---|---|---|',
      `| first start on an empty embedded database (migrations, geodata, 200,000-request demo) until /api/metrics answers | ${result.firstStartSeconds.toFixed(1)} | ≤ 90 |`,
      `| next start on the same data folder | ${result.nextStartSeconds.toFixed(1)} | ≤ 15 |`,
    ].join('\n')
    console.log(table)
    writeSection('startup', `\`npm run bench -- startup\`: the server process (tsx server/main.ts), client already built.\n\n${table}`)
  },
}

const names = process.argv.slice(2)
const chosen = names.length > 0 ? names : Object.keys(BENCHMARKS)
for (const name of chosen) {
  const bench = BENCHMARKS[name]
  if (!bench) {
    console.error(`unknown benchmark "${name}"; known: ${Object.keys(BENCHMARKS).join(', ')}`)
    process.exit(2)
  }
  await bench()
}
