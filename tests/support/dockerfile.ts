/** Reads a Dockerfile into its stages and instructions, and matches paths against a .dockerignore, for tests. */

export interface Instruction {
  /** Upper-case keyword: FROM, COPY, RUN, CMD… */
  keyword: string
  /** `--name=value` flags before the arguments (COPY --from=build, HEALTHCHECK --interval=30s…). */
  flags: Record<string, string>
  /** The rest of the line, continuations joined. */
  args: string
  line: number
}

export interface Stage {
  name: string
  base: string
  instructions: Instruction[]
}

/** Splits the file into stages (one per FROM); comments and blank lines are dropped, `\` continuations joined. */
export function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const start = i + 1
    let line = lines[i] ?? ''
    if (/^\s*(#|$)/.test(line)) continue
    while (/\\\s*$/.test(line) && i + 1 < lines.length) {
      i++
      const next = lines[i] ?? ''
      if (/^\s*#/.test(next)) continue
      line = `${line.replace(/\\\s*$/, '')} ${next.trim()}`
    }
    const match = /^\s*([A-Za-z]+)\s+(.*)$/.exec(line)
    if (!match) throw new Error(`Dockerfile line ${start}: cannot read "${line}"`)
    const keyword = (match[1] ?? '').toUpperCase()
    let rest = (match[2] ?? '').trim()
    const flags: Record<string, string> = {}
    for (let flag = /^--([a-z-]+)=(\S+)\s*/.exec(rest); flag; flag = /^--([a-z-]+)=(\S+)\s*/.exec(rest)) {
      flags[flag[1] ?? ''] = flag[2] ?? ''
      rest = rest.slice(flag[0].length)
    }
    const instruction: Instruction = { keyword, flags, args: rest, line: start }
    if (keyword === 'FROM') {
      const from = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(rest)
      if (!from) throw new Error(`Dockerfile line ${start}: bad FROM "${rest}"`)
      stages.push({ base: from[1] ?? '', name: from[2] ?? String(stages.length), instructions: [] })
      continue
    }
    const stage = stages.at(-1)
    if (!stage) throw new Error(`Dockerfile line ${start}: ${keyword} before any FROM`)
    stage.instructions.push(instruction)
  }
  return stages
}

/** The words of an exec-form (`["a", "b"]`) or shell-form argument list. */
export function commandWords(args: string): string[] {
  if (args.startsWith('[')) return JSON.parse(args) as string[]
  return args.split(/\s+/).filter(Boolean)
}

/** COPY's sources and destination (exec or shell form). */
export function copyPaths(instruction: Instruction): { sources: string[]; destination: string } {
  const words = commandWords(instruction.args)
  const destination = words.pop()
  if (!destination || words.length === 0) throw new Error(`Dockerfile line ${instruction.line}: COPY needs a source and a destination`)
  return { sources: words, destination }
}

/** `KEY=value` pairs of ENV (the modern form). */
export function envPairs(instruction: Instruction): Record<string, string> {
  const pairs: Record<string, string> = {}
  for (const match of instruction.args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("[^"]*"|\S*)/g)) pairs[match[1] ?? ''] = (match[2] ?? '').replace(/^"|"$/g, '')
  return pairs
}

/** Whether `path` (relative to the build context) is left out by one of the .dockerignore patterns. */
export function dockerIgnored(path: string, dockerignore: string): boolean {
  const patterns = dockerignore
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
  let ignored = false
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!')
    const glob = (negated ? pattern.slice(1) : pattern).replace(/^\/+|\/+$/g, '')
    const regex = new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replaceAll('**', '\u0000').replaceAll('*', '[^/]*').replaceAll('\u0000', '.*').replaceAll('?', '[^/]')}(/.*)?$`)
    if (regex.test(path.replace(/^\.\/|\/$/g, ''))) ignored = !negated
  }
  return ignored
}
