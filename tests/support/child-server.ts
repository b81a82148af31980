/**
 * Runs the real server (`server/main.ts`, as the container does) in a child process, for tests of what
 * happens to the process itself: crashes, kills, restarts, a database going away.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface ChildServer {
  process: ChildProcess
  /** Everything it wrote so far, stdout and stderr. */
  output(): string
  /** Resolves with its URL once it logs that it is ready; rejects if it exits first or takes longer than `timeoutMs`. */
  ready(timeoutMs: number): Promise<string>
  /** Resolves with the exit code (or the signal's name) when it ends. */
  exited: Promise<number | string>
  /** SIGTERM, then SIGKILL after `graceMs`; resolves when it has ended. */
  stop(graceMs?: number): Promise<number | string>
}

/** Starts `server/main.ts` with `env` added to this process's environment (PORT 0: a free port). */
export function startChildServer(env: Record<string, string>): ChildServer {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', LACUNES_RATE_LIMIT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const listeners = new Set<() => void>()
  const append = (chunk: Buffer) => {
    output += chunk.toString('utf8')
    for (const listener of listeners) listener()
  }
  child.stdout?.on('data', append)
  child.stderr?.on('data', append)
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')))
  return {
    process: child,
    output: () => output,
    exited,
    ready(timeoutMs) {
      return new Promise<string>((resolve, reject) => {
        const check = () => {
          const match = /"url":"(http:\/\/[^"]+)"[^\n]*"msg":"Lacunes is ready"/.exec(output)
          if (match) {
            finish()
            resolve((match[1] as string).replace('localhost', '127.0.0.1'))
          }
        }
        const timer = setTimeout(() => {
          finish()
          reject(new Error(`the server was not ready after ${timeoutMs} ms; its output:\n${output}`))
        }, timeoutMs)
        const finish = () => {
          clearTimeout(timer)
          listeners.delete(check)
        }
        listeners.add(check)
        exited.then((code) => {
          finish()
          reject(new Error(`the server exited (${code}) before it was ready; its output:\n${output}`))
        })
        check()
      })
    },
    async stop(graceMs = 10_000) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
        await exited
        clearTimeout(timer)
      }
      return exited
    },
  }
}
