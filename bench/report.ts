/** Writes one benchmark's section into docs/BENCHMARKS.md, with the machine and the date. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, totalmem, type } from 'node:os'

const FILE = new URL('../docs/BENCHMARKS.md', import.meta.url)
const HEADER = '# Benchmarks\n\nWritten by `npm run bench -- <name>`; each section says on which machine and when it was measured.\n'

/** A one-line description of this machine. */
export function machine(): string {
  const cpu = cpus()
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${type()}, Node ${process.version}`
}

/** Replaces (or adds) the section `## name` of docs/BENCHMARKS.md. */
export function writeSection(name: string, body: string): void {
  const text = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER
  const heading = `## ${name}`
  const section = `${heading}\n\nMeasured ${new Date().toISOString().slice(0, 10)} on ${machine()}.\n\n${body.trim()}\n`
  const start = text.indexOf(`${heading}\n`)
  if (start === -1) {
    writeFileSync(FILE, `${text.trimEnd()}\n\n${section}`)
    return
  }
  const next = text.indexOf('\n## ', start + heading.length)
  writeFileSync(FILE, `${text.slice(0, start)}${section}${next === -1 ? '' : text.slice(next)}`)
}
