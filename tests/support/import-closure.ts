/**
 * The files a TypeScript entry point reaches through its relative imports and `new URL('./…', import.meta.url)`
 * references, and the packages it imports, found by reading the sources (no bundler), for tests.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'

export interface ImportClosure {
  /** Files reached, relative to the project root. */
  files: Set<string>
  /** Package names imported at run time (type-only imports left out; node: built-ins left out). */
  packages: Set<string>
  /** Relative references that resolve to nothing, as "from-file: specifier". */
  unresolved: string[]
}

const EXTENSIONS = ['', '.ts', '.tsx', '.js', '.mjs', '/index.ts', '/index.tsx']
const IMPORT = /^\s*(?:import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm
const DYNAMIC_IMPORT = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g
const URL_REFERENCE = /new URL\(\s*['"`](\.{1,2}\/[^'"`$]*)/g

function resolveFile(from: string, specifier: string): string | null {
  const base = join(dirname(from), specifier)
  for (const extension of EXTENSIONS) {
    const candidate = base + extension
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  // A folder referenced as data (migrations/, queries/, geodata/).
  return existsSync(base) ? base : null
}

function packageName(specifier: string): string {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier)
}

/** Walks from `entries` (paths relative to `root`). */
export function importClosure(root: string, entries: readonly string[]): ImportClosure {
  const closure: ImportClosure = { files: new Set(), packages: new Set(), unresolved: [] }
  const queue = entries.map((entry) => join(root, entry))
  while (queue.length > 0) {
    const file = queue.pop() as string
    const key = relative(root, file)
    if (closure.files.has(key)) continue
    closure.files.add(key)
    if (!/\.(ts|tsx|mjs|js)$/.test(file) || !statSync(file).isFile()) continue
    const source = readFileSync(file, 'utf8')
    const references: { specifier: string; typeOnly: boolean }[] = [
      ...[...source.matchAll(IMPORT)].map((m) => ({ specifier: m[2] ?? '', typeOnly: Boolean(m[1]) })),
      ...[...source.matchAll(DYNAMIC_IMPORT)].map((m) => ({ specifier: m[1] ?? '', typeOnly: false })),
      ...[...source.matchAll(URL_REFERENCE)].map((m) => ({ specifier: m[1] ?? '', typeOnly: false })),
    ]
    for (const { specifier, typeOnly } of references) {
      if (specifier.startsWith('.')) {
        const target = resolveFile(file, specifier)
        if (target) queue.push(target)
        else closure.unresolved.push(`${key}: ${specifier}`)
      } else if (!typeOnly && !specifier.startsWith('node:')) {
        closure.packages.add(packageName(specifier))
      }
    }
  }
  return closure
}
