/**
 * Where the machine's CPU went during a run: the server processes, the load driver (this process) and
 * the rest (PostgreSQL, mostly), from /proc. Tells whether a second API process had cores to use.
 */
import { readFileSync } from 'node:fs'
import { cpus } from 'node:os'

/** Clock ticks per second of /proc times (USER_HZ, 100 on Linux). */
const TICKS = 100

function machineTicks(): { busy: number; total: number } {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number)
  const total = fields.reduce((sum, n) => sum + n, 0)
  // idle and iowait are the 4th and 5th fields.
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0)
  return { busy: total - idle, total }
}

function processTicks(pid: number): number {
  // Fields after the command name (which may hold spaces), counted from the ')': utime is 14th, stime 15th of the line.
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
  const after = text.slice(text.lastIndexOf(')') + 2).split(' ')
  return Number(after[11]) + Number(after[12])
}

export interface CpuShare {
  /** Cores kept busy on average, out of `cores`. */
  cores: number
  servers: number
  driver: number
  /** Everything else: PostgreSQL, and whatever else runs on the machine. */
  rest: number
}

/** Starts measuring; the returned function gives the average cores used since, by whom. */
export function measureCpu(serverPids: readonly number[]): () => CpuShare {
  const machine = machineTicks()
  const servers = serverPids.map(processTicks)
  const driver = process.cpuUsage()
  return () => {
    const nowMachine = machineTicks()
    const elapsedCores = cpus().length
    // /proc/stat counts every core's ticks: total ticks ÷ cores = elapsed ticks of wall time.
    const wallTicks = (nowMachine.total - machine.total) / elapsedCores
    const busyCores = (nowMachine.busy - machine.busy) / wallTicks
    const serverCores = serverPids.reduce((sum, pid, i) => sum + (processTicks(pid) - (servers[i] ?? 0)), 0) / wallTicks
    const used = process.cpuUsage(driver)
    const driverCores = (used.user + used.system) / 1e6 / (wallTicks / TICKS)
    return { cores: busyCores, servers: serverCores, driver: driverCores, rest: Math.max(0, busyCores - serverCores - driverCores) }
  }
}
