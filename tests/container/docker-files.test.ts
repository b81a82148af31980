/**
 * Docker cannot run here, so this reads the Dockerfile, .dockerignore and docker-compose.yml and checks that
 * everything they name exists in the project: copied files, scripts, the entry point and all it imports,
 * the port, the health route, the configuration variables. Renaming any of them fails a test here.
 */
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { CONFIG_VARIABLES, readConfig } from '../../core/config'
import type { Database } from '../../core/db/database'
import { CLIENT_DIST } from '../../server/http/static-client'
import { serveApi } from '../support/api-server'
import { commandWords, copyPaths, dockerIgnored, envPairs, parseDockerfile, type Instruction, type Stage } from '../support/dockerfile'
import { importClosure } from '../support/import-closure'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const read = (path: string) => readFileSync(ROOT + path, 'utf8')
const exists = (path: string) => {
  try {
    readFileSync(ROOT + path)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EISDIR'
  }
}

const stages = parseDockerfile(read('Dockerfile'))
const dockerignore = read('.dockerignore')
const compose = parse(read('docker-compose.yml')) as {
  services: Record<string, Service>
  volumes?: Record<string, unknown>
}
const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string>; dependencies: Record<string, string>; devDependencies: Record<string, string> }
/** Variables a Node image reads itself, not Lacunes. */
const PLATFORM_VARIABLES = new Set(['NODE_ENV'])

interface Service {
  image?: string
  build?: string | { context: string; dockerfile?: string }
  environment?: Record<string, string> | string[]
  ports?: (string | number)[]
  volumes?: string[]
  depends_on?: Record<string, { condition: string }> | string[]
  healthcheck?: { test: string | string[] }
}

const runtime = stages.at(-1) as Stage
const all = (stage: Stage, keyword: string): Instruction[] => stage.instructions.filter((i) => i.keyword === keyword)
const one = (stage: Stage, keyword: string): Instruction => {
  const found = all(stage, keyword)
  expect(found, `${stage.name} stage: one ${keyword}`).toHaveLength(1)
  return found[0] as Instruction
}
const workdir = (stage: Stage) => one(stage, 'WORKDIR').args.replace(/\/?$/, '/')
/** A path inside the image's WORKDIR as a path of the project (./core → core). */
const inProject = (stage: Stage, path: string) => (path.startsWith('/') ? path.slice(workdir(stage).length) : path).replace(/^\.\//, '').replace(/\/$/, '')
const runtimeEnv = Object.assign({}, ...all(runtime, 'ENV').map(envPairs)) as Record<string, string>

/** What the runtime stage holds, as project paths: its COPY destinations. */
function runtimeContents(): string[] {
  return all(runtime, 'COPY').flatMap((copy) => {
    const { sources, destination } = copyPaths(copy)
    // `COPY a b ./` copies each file into the folder; `COPY dir ./dir` copies the folder as that name.
    return destination.endsWith('/') && inProject(runtime, destination) === '' ? sources : [inProject(runtime, destination)]
  })
}
const holds = (contents: string[], path: string) => contents.some((root) => path === root || path.startsWith(`${root}/`))

/** `${NAME:-default}` as compose interpolates it with nothing set. */
const interpolate = (value: string) => value.replace(/\$\{[A-Z_]+(?::?-([^}]*))?\}/g, (_m, fallback: string | undefined) => fallback ?? '')

describe('Dockerfile', () => {
  it('has a build stage for the client and a runtime stage as the last one', () => {
    expect(stages.map((s) => s.name)).toContain('build')
    expect(runtime.name).toBe('runtime')
    for (const stage of stages) expect(stage.base, `${stage.name}: Node 20 as package.json asks`).toMatch(/^node:20[.-]/)
    expect(read('package.json')).toMatch(/"node": ">=20"/)
  })

  it('copies only files that exist and that .dockerignore lets into the build context', () => {
    const copies = stages.flatMap((stage) => all(stage, 'COPY').filter((c) => !c.flags.from))
    expect(copies.length).toBeGreaterThan(5)
    for (const copy of copies) {
      for (const source of copyPaths(copy).sources) {
        expect(exists(source), `Dockerfile line ${copy.line}: COPY ${source} does not exist`).toBe(true)
        expect(dockerIgnored(source, dockerignore), `Dockerfile line ${copy.line}: ${source} is excluded by .dockerignore`).toBe(false)
      }
    }
  })

  it('keeps the local database, dependencies and git history out of the build context', () => {
    for (const path of ['data', 'node_modules', '.git', 'client/dist', '.env']) expect(dockerIgnored(path, dockerignore), path).toBe(true)
  })

  it('copies from earlier stages only what they produce: production node_modules and the built client the server serves', () => {
    const names = stages.map((s) => s.name)
    for (const copy of all(runtime, 'COPY').filter((c) => c.flags.from)) {
      const from = stages.find((s) => s.name === copy.flags.from)
      expect(from, `Dockerfile line ${copy.line}: no stage named ${copy.flags.from}`).toBeDefined()
      expect(names.indexOf(from?.name ?? '')).toBeLessThan(names.length - 1)
    }
    const fromBuild = all(runtime, 'COPY').find((c) => c.flags.from === 'build')
    const build = stages.find((s) => s.name === 'build') as Stage
    const client = relative(ROOT, CLIENT_DIST)
    expect(inProject(build, copyPaths(fromBuild as Instruction).sources[0] ?? '')).toBe(client)
    expect(inProject(runtime, copyPaths(fromBuild as Instruction).destination)).toBe(client)
    const fromDeps = all(runtime, 'COPY').find((c) => copyPaths(c).sources[0]?.endsWith('/node_modules'))
    const deps = stages.find((s) => s.name === fromDeps?.flags.from) as Stage
    expect(all(deps, 'RUN').map((r) => r.args).join(' ')).toMatch(/npm ci --omit=dev/)
  })

  it('builds the client into the folder the server serves (the Vite configuration and the build script agree)', async () => {
    const { default: viteConfig } = (await import('../../client/vite.config')) as { default: { root: string; build: { outDir: string } } }
    expect(`${viteConfig.root}${viteConfig.build.outDir}/`).toBe(CLIENT_DIST)
    const build = stages.find((s) => s.name === 'build') as Stage
    expect(all(build, 'RUN').some((r) => /\bnpm run build\b/.test(r.args))).toBe(true)
  })

  it('runs only npm scripts that package.json defines, and npm ci after copying the lock file', () => {
    for (const stage of stages) {
      const copied: string[] = []
      for (const instruction of stage.instructions) {
        if (instruction.keyword === 'COPY') copied.push(...copyPaths(instruction).sources)
        if (instruction.keyword !== 'RUN') continue
        for (const match of instruction.args.matchAll(/\bnpm (?:run )?([a-z:-]+)/g)) {
          const script = match[1] ?? ''
          if (['ci', 'cache', 'install'].includes(script)) continue
          expect(pkg.scripts[script], `Dockerfile line ${instruction.line}: npm run ${script}`).toBeDefined()
        }
        if (/\bnpm ci\b/.test(instruction.args)) expect(copied, `${stage.name}: npm ci needs the lock file`).toEqual(expect.arrayContaining(['package.json', 'package-lock.json']))
      }
    }
  })

  it('starts an entry point that exists, with a loader that is a production dependency', () => {
    const words = commandWords(one(runtime, 'CMD').args)
    expect(all(runtime, 'ENTRYPOINT')).toHaveLength(0)
    const [program, ...args] = words
    if (program === 'npm') {
      const script = args[0] === 'run' ? args[1] : args[0]
      expect(pkg.scripts[script ?? ''], `CMD npm ${args.join(' ')}`).toBeDefined()
      return
    }
    expect(program).toBe('node')
    const loader = args[args.indexOf('--import') + 1]
    expect(pkg.dependencies[loader ?? ''], `node --import ${loader} must be in dependencies (the image omits dev ones)`).toBeDefined()
    const entry = args.find((arg, i) => !arg.startsWith('-') && args[i - 1] !== '--import') as string
    expect(exists(entry), `CMD entry ${entry}`).toBe(true)
    expect(holds(runtimeContents(), entry), `CMD entry ${entry} is not copied into the image`).toBe(true)
  })

  it('copies every file the server and the ETL command line reach, and they import only production dependencies', () => {
    const closure = importClosure(ROOT, ['server/main.ts', 'etl/cli.ts'])
    const contents = runtimeContents()
    expect(closure.files.size).toBeGreaterThan(50)
    for (const file of closure.files) expect(holds(contents, file), `${file} is used at run time but not copied into the image`).toBe(true)
    // Only what a build stage produces may be missing from the working tree (client/dist).
    for (const missing of closure.unresolved) expect(missing).toMatch(/client\/dist\/$/)
    for (const name of closure.packages) expect(pkg.dependencies[name], `${name} is imported at run time but is not a production dependency`).toBeDefined()
  })

  it('copies into the build stage every file the client build reaches', () => {
    const build = stages.find((s) => s.name === 'build') as Stage
    const contents = all(build, 'COPY').flatMap((c) => copyPaths(c).sources)
    const page = read('client/index.html')
    const script = /<script type="module" src="\/([^"]+)"/.exec(page)?.[1]
    expect(script).toBeDefined()
    const closure = importClosure(ROOT, ['client/vite.config.ts', `client/${script}`])
    expect(closure.files.size).toBeGreaterThan(20)
    expect(closure.unresolved).toEqual([])
    for (const file of closure.files) expect(holds(contents, file), `${file} is needed by the client build but not copied`).toBe(true)
  })

  it('exposes the default port and keeps the embedded database in the volume', () => {
    const defaults = readConfig({})
    expect(one(runtime, 'EXPOSE').args).toBe(String(defaults.PORT))
    expect(runtimeEnv.PORT).toBe(String(defaults.PORT))
    expect(commandWords(one(runtime, 'VOLUME').args)).toEqual([runtimeEnv.LACUNES_DATA_DIR])
  })

  it('sets only variables that Lacunes reads (core/config.ts) and valid values', () => {
    for (const name of Object.keys(runtimeEnv)) {
      expect(CONFIG_VARIABLES.includes(name) || PLATFORM_VARIABLES.has(name), `ENV ${name} is not a Lacunes setting`).toBe(true)
    }
    expect(() => readConfig(runtimeEnv)).not.toThrow()
  })

  it('runs as an unprivileged user', () => {
    expect(one(runtime, 'USER').args).not.toMatch(/^(root|0)(:|$)/)
  })

  it('health-checks a route the application really serves', async () => {
    const healthcheck = one(runtime, 'HEALTHCHECK')
    expect(healthcheck.args).toMatch(/^CMD /)
    const path = /'(\/api\/[a-z/]+)'/.exec(healthcheck.args)?.[1]
    expect(path, 'a path in the health check').toBeDefined()
    expect(healthcheck.args).toContain('process.env.PORT')
    // The app over a database stub that answers every query with no rows: the route must exist and answer 200.
    const stub: Database = {
      kind: 'pglite',
      query: async <T>() => [] as T[],
      exec: async () => undefined,
      copyCsv: async () => 0,
      copyBinary: async () => 0,
      transaction: async (fn) => fn(stub),
      close: async () => undefined,
    }
    const server = await serveApi(stub)
    try {
      const response = await fetch(server.url + path)
      expect(response.status).toBe(200)
      expect(((await response.json()) as { status: string }).status).toBe('ok')
    } finally {
      await server.close()
    }
  })
})

describe('docker-compose.yml', () => {
  const services = compose.services
  const app = Object.values(services).find((s) => s.build !== undefined) as Service
  const appEnv = Object.fromEntries(
    Object.entries(Array.isArray(app.environment) ? Object.fromEntries(app.environment.map((e) => e.split('=') as [string, string])) : (app.environment ?? {})).map(([k, v]) => [k, interpolate(String(v))]),
  )

  it('builds the app from this Dockerfile', () => {
    const build = typeof app.build === 'string' ? { context: app.build } : (app.build as { context: string; dockerfile?: string })
    expect(exists(`${build.context.replace(/^\.\/?/, '')}${build.context === '.' ? '' : '/'}${build.dockerfile ?? 'Dockerfile'}`)).toBe(true)
  })

  it('gives the app only variables that Lacunes reads, with values it accepts', () => {
    for (const name of Object.keys(appEnv)) expect(CONFIG_VARIABLES, `environment ${name}`).toContain(name)
    expect(() => readConfig(appEnv)).not.toThrow()
  })

  it('points DATABASE_URL at a PostGIS service with a health check, and waits for it to be healthy', () => {
    const url = new URL(appEnv.DATABASE_URL ?? '')
    const db = services[url.hostname]
    expect(db, `DATABASE_URL host ${url.hostname} is a service`).toBeDefined()
    expect(db?.image).toMatch(/^postgis\/postgis:15-3/)
    expect(db?.healthcheck?.test).toBeDefined()
    const dbEnv = Object.fromEntries(Object.entries(db?.environment as Record<string, string>).map(([k, v]) => [k, interpolate(v)]))
    expect(decodeURIComponent(url.username)).toBe(dbEnv.POSTGRES_USER)
    expect(decodeURIComponent(url.password)).toBe(dbEnv.POSTGRES_PASSWORD)
    expect(url.pathname.slice(1)).toBe(dbEnv.POSTGRES_DB)
    expect(url.port).toBe('5432')
    expect((app.depends_on as Record<string, { condition: string }>)[url.hostname]?.condition).toBe('service_healthy')
  })

  it('publishes the port the app listens on and the image exposes', () => {
    const published = (app.ports ?? []).map((p) => String(p).split(':').at(-1))
    expect(published).toContain(appEnv.PORT ?? String(readConfig({}).PORT))
    expect(published).toContain(one(runtime, 'EXPOSE').args)
  })

  it('keeps the data folder and the database in declared named volumes', () => {
    const mounts = Object.values(services).flatMap((s) => (s.volumes ?? []).map((v) => v.split(':')))
    for (const [name] of mounts) expect(Object.keys(compose.volumes ?? {}), `volume ${name}`).toContain(name)
    const appMounts = (app.volumes ?? []).map((v) => v.split(':')[1])
    expect(appMounts).toContain(appEnv.LACUNES_DATA_DIR ?? runtimeEnv.LACUNES_DATA_DIR)
    expect(appMounts).toEqual(commandWords(one(runtime, 'VOLUME').args))
  })
})
