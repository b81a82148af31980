/**
 * Startup benchmark: time from `npm start`'s server process launch to a healthy API with a map to
 * show, on a fresh embedded database (schema, geodata and demo load included) and on the next start.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ROOT = new URL('../', import.meta.url).pathname

async function waitForMetrics(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/api/metrics?level=mrc`)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`)
}

async function timedStart(dataDir: string, port: number): Promise<number> {
  const started = performance.now()
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'server/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, LACUNES_DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn', DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  try {
    await waitForMetrics(`http://127.0.0.1:${port}`, 300_000)
    return (performance.now() - started) / 1000
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }
}

export interface StartupResult {
  firstStartSeconds: number
  nextStartSeconds: number
}

/** Runs a first start on an empty data folder, then a second start on the same folder. */
export async function benchStartup(): Promise<StartupResult> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lacunes-bench-startup-'))
  try {
    const firstStartSeconds = await timedStart(dataDir, 3900)
    const nextStartSeconds = await timedStart(dataDir, 3901)
    return { firstStartSeconds, nextStartSeconds }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}
