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
  /** Cores kept busy on average on the whole machine. */
  cores: number
  servers: number
  driver: number
  /**
   * The PostgreSQL backends serving the bench database (NaN when the server is on another machine);
   * unlike `rest`, not inflated by whatever else runs here.
   */
  postgres: number
  /** Everything else: PostgreSQL's own processes and the bench database's, and whatever else runs on the machine. */
  rest: number
}

/** The ticks of a PostgreSQL process of this machine, or null (ended, or the database is elsewhere and the pid is not a postgres here). */
function ticksOrNull(pid: number): number | null {
  try {
    if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').startsWith('postgres')) return null
    return processTicks(pid)
  } catch {
    return null
  }
}

/**
 * Starts measuring; the returned function gives the average cores used since, by whom.
 * `backendPids` lists the PostgreSQL backends serving the bench database at the time of the call.
 */
export async function measureCpu(serverPids: readonly number[], backendPids: () => Promise<number[]>): Promise<() => Promise<CpuShare>> {
  const backendsBefore = new Map<number, number | null>((await backendPids()).map((pid) => [pid, ticksOrNull(pid)]))
  const machine = machineTicks()
  const servers = serverPids.map(processTicks)
  const driver = process.cpuUsage()
  return async () => {
    const nowMachine = machineTicks()
    const used = process.cpuUsage(driver)
    const serverTicks = serverPids.reduce((sum, pid, i) => sum + (processTicks(pid) - (servers[i] ?? 0)), 0)
    // Backends that ended during the run are missed: the pool keeps its connections under load, so few do.
    let backendTicks = 0
    for (const pid of await backendPids()) {
      const now = ticksOrNull(pid)
      if (now === null) return { ...share(), postgres: Number.NaN }
      backendTicks += now - (backendsBefore.get(pid) ?? 0)
    }
    return { ...share(), postgres: backendTicks / wallTicks() }

    function wallTicks(): number {
      // /proc/stat counts every core's ticks: total ticks ÷ cores = elapsed ticks of wall time.
      return (nowMachine.total - machine.total) / cpus().length
    }
    function share(): Omit<CpuShare, 'postgres'> {
      const wall = wallTicks()
      const busyCores = (nowMachine.busy - machine.busy) / wall
      const serverCores = serverTicks / wall
      const driverCores = (used.user + used.system) / 1e6 / (wall / TICKS)
      return { cores: busyCores, servers: serverCores, driver: driverCores, rest: Math.max(0, busyCores - serverCores - driverCores) }
    }
  }
}
