// Builds the web client when client/dist is missing or older than the client's sources, so that
// `npm start` on a fresh clone serves the page, and later starts skip the build.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const built = join(root, 'client/dist/index.html')

function newest(dir) {
  if (!existsSync(dir)) return 0
  let latest = 0
  if (!statSync(dir).isDirectory()) return statSync(dir).mtimeMs
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs)
  }
  return latest
}

const sources = [join(root, 'client/src'), join(root, 'core/api'), join(root, 'core/domain')]
const stale = !existsSync(built) || Math.max(...sources.map(newest), newest(join(root, 'client/index.html'))) > statSync(built).mtimeMs
const vite = join(root, 'node_modules/vite/bin/vite.js')
if (stale && !existsSync(vite) && existsSync(built)) {
  // A production install (no dev dependencies) serves the client it was built with.
  process.exit(0)
}
if (stale) {
  console.error('building the web client (client/dist)…')
  // NODE_ENV=production whatever the caller's (Vitest sets "test"): otherwise React's development build is bundled.
  execFileSync(process.execPath, [vite, 'build', '--config', 'client/vite.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  })
}
