/** A Lacunes server process for benchmarks: started, waited for, measured (RSS) and stopped. */
import { execFile, spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'

const ROOT = new URL('../', import.meta.url).pathname
const run = promisify(execFile)

export interface ServerProcess {
  url: string
  child: ChildProcess
  /** The process's resident set size in KiB (`ps -o rss=`). */
  rssKb(): Promise<number>
  stop(): Promise<void>
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server on ${url} exited with ${child.exitCode}`)
    try {
      if ((await fetch(`${url}/api/health`)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`)
}

/** Starts `server/main.ts` on `port` with `env` (rate limit off, warnings only) and waits until it answers. */
export async function startServerProcess(env: Record<string, string>, port: number, timeoutMs = 900_000): Promise<ServerProcess> {
  // One process (tsx as a loader, not its CLI wrapper), so the RSS measured is the server's.
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'warn', LACUNES_RATE_LIMIT: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${port}`
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
  }
  try {
    await waitForHealth(url, child, timeoutMs)
  } catch (error) {
    await stop()
    throw error
  }
  return {
    url,
    child,
    async rssKb() {
      const { stdout } = await run('ps', ['-o', 'rss=', '-p', String(child.pid)])
      const kb = Number(stdout.trim())
      if (!Number.isFinite(kb) || kb <= 0) throw new Error(`ps gave no RSS for the server process ${child.pid}: "${stdout.trim()}"`)
      return kb
    },
    stop,
  }
}
