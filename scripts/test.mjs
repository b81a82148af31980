// `npm test`: runs every Vitest suite and ends with one summary line ("123 passed, 0 failed, 2 skipped").
// Extra arguments go to Vitest (e.g. `npm test -- tests/server`).
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const dir = mkdtempSync(join(tmpdir(), 'lacunes-test-'))
const report = join(dir, 'report.json')
const vitest = join(root, 'node_modules/vitest/vitest.mjs')
const run = spawnSync(process.execPath, [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
})

let summary
try {
  const results = JSON.parse(readFileSync(report, 'utf8'))
  // A file that fails outside any test (a hook, an import) counts as one failure.
  const failedFiles = results.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  ).length
  summary = {
    passed: results.numPassedTests,
    failed: results.numFailedTests + failedFiles,
    skipped: results.numPendingTests + results.numTodoTests,
  }
} catch {
  summary = null
}
rmSync(dir, { recursive: true, force: true })
if (!summary) {
  console.log('0 passed, 1 failed (the test run did not finish)')
  process.exit(run.status || 1)
}
console.log(`${summary.passed} passed, ${summary.failed} failed${summary.skipped ? `, ${summary.skipped} skipped` : ''}`)
process.exit(summary.failed > 0 || run.status !== 0 ? 1 : 0)
