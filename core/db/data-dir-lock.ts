/**
 * One process at a time on an embedded database folder. PGlite does not lock its folder, and two
 * processes writing one folder (a second server, `npm run etl` beside `npm start`) corrupt it. A lock
 * file left by a process that no longer runs means that process was killed: PGlite replays its
 * write-ahead log, and the caller is told so.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'

export const LOCK_FILE = 'lacunes.lock'

export interface DataDirLock {
  /** The process that held the folder and ended without releasing it, if any. */
  stale: { pid: number; since: string } | null
  release(): void
}

interface Holder {
  pid: number
  host: string
  since: string
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function readHolder(path: string): Holder | null {
  try {
    const holder = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>
    return typeof holder.pid === 'number' ? { pid: holder.pid, host: String(holder.host ?? ''), since: String(holder.since ?? '') } : null
  } catch {
    return null
  }
}

/** Takes the folder for this process, or throws an error that names the folder, the holder and what to do. */
export function lockDataDir(dataDir: string): DataDirLock {
  const path = join(dataDir, LOCK_FILE)
  const me: Holder = { pid: process.pid, host: hostname(), since: new Date().toISOString() }
  let stale: DataDirLock['stale'] = null
  try {
    writeFileSync(path, JSON.stringify(me), { flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    const holder = readHolder(path)
    // Our own pid means the holder was an earlier life of this container (pid 1) or process: it is gone.
    if (holder && holder.host === me.host && holder.pid !== process.pid && running(holder.pid)) {
      throw new Error(
        `the embedded database folder ${dataDir} is in use by another Lacunes process (pid ${holder.pid}, since ${holder.since}): ` +
          `stop that process first (the server and \`npm run etl\` cannot share the folder), or set LACUNES_DATA_DIR to another folder. ` +
          `If no such process runs, delete ${path}.`,
        { cause: error },
      )
    }
    stale = holder ? { pid: holder.pid, since: holder.since } : { pid: 0, since: '' }
    writeFileSync(path, JSON.stringify(me))
  }
  return {
    stale,
    release() {
      // Only our own lock: a process that found ours stale must keep its own.
      if (readHolder(path)?.pid === process.pid) rmSync(path, { force: true })
    },
  }
}
