/**
 * Client benchmark: the built web client in headless Chromium against a server process on a prepared
 * embedded database (demo data generated and warmed before anything is timed). Measures the time from
 * navigation to the first map with data, the time from a category change to the repainted map, the
 * JavaScript transferred (gzip, as served) and the number of requests.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { launchBrowser } from '../tests/support/browser'

const ROOT = new URL('../', import.meta.url).pathname
const PORT = 3910
const RUNS = 5
/** Categories switched to in turn, each a fresh metrics request for the server. */
const CATEGORIES = ['food', 'housing', 'health', 'mental_health', 'income', 'transportation', 'legal', 'family']

async function waitForMetrics(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`)
    try {
      if ((await fetch(`${url}/api/metrics?level=mrc`)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`no answer from ${url} within ${timeoutMs / 1000} s`)
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

interface Load {
  firstMapMs: number
  jsGzipBytes: number
  requestsToFirstMap: number
  requestsAfterIdle: number
}

/** One cold page load in a fresh browser profile: nothing cached. */
async function coldLoad(context: BrowserContext, url: string): Promise<{ page: Page; load: Load }> {
  const page = await context.newPage()
  const scripts: Promise<number>[] = []
  let requests = 0
  context.on('request', () => requests++)
  context.on('requestfinished', (request) => {
    // A script that finishes as the browser closes has no sizes any more: it counts as nothing, not as a crash.
    if (request.resourceType() === 'script' || /\.m?js(\?|$)/.test(request.url())) scripts.push(request.sizes().then((s) => s.responseBodySize, () => 0))
  })
  await page.goto(url)
  await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 })
  const requestsToFirstMap = requests
  // data-drawn-at is performance.now() when the first view was on screen: milliseconds since navigation start.
  const firstMapMs = Number(await page.locator('[data-testid="map"]').getAttribute('data-drawn-at'))
  // The histogram and any lazy module load after the first map: count them once the page is idle.
  await page.waitForLoadState('networkidle')
  const jsGzipBytes = (await Promise.all(scripts)).reduce((sum, n) => sum + n, 0)
  return { page, load: { firstMapMs, jsGzipBytes, requestsToFirstMap, requestsAfterIdle: requests } }
}

/** Switches the category as a user would (a change event on the select) and times it to the repainted frame. */
async function repaintMs(page: Page, category: string): Promise<number> {
  const started = await page.evaluate((value) => {
    const select = [...document.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.value === value))
    if (!select) throw new Error(`no select offers ${value}`)
    // React tracks the value it rendered: set it through the native setter so the change is seen.
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set?.call(select, value)
    const t0 = performance.now()
    select.dispatchEvent(new Event('change', { bubbles: true }))
    return t0
  }, category)
  await page.waitForFunction(
    (value) => (document.querySelector('[data-testid="map"]') as HTMLElement | null)?.dataset.key?.includes(`category=${value}&`) === true,
    category,
    { timeout: 30_000 },
  )
  const drawnAt = Number(await page.locator('[data-testid="map"]').getAttribute('data-drawn-at'))
  return drawnAt - started
}

export interface ClientResult {
  firstMapMs: number
  repaintMs: number
  jsGzipKb: number
  requestsToFirstMap: number
  requestsAfterIdle: number
  runs: number
  categories: number
  /** The browser's product and version, e.g. "Chromium 150.0.7871.100": software WebGL speed differs between releases. */
  browser: string
}

/** Prepares a server, then measures RUNS cold loads and a category switch per category on the last one. */
export async function benchClient(): Promise<ClientResult> {
  execFileSync(process.execPath, [join(ROOT, 'scripts/ensure-client-build.mjs')], { cwd: ROOT, stdio: 'inherit' })
  const dataDir = mkdtempSync(join(tmpdir(), 'lacunes-bench-client-'))
  const child = spawn(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'server/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, LACUNES_DATA_DIR: dataDir, PORT: String(PORT), HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATABASE_URL: '', LACUNES_DEMO_REQUESTS: '200000', LACUNES_RATE_LIMIT: '0' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const url = `http://127.0.0.1:${PORT}`
  try {
    await waitForMetrics(url, child, 600_000)
    const loads: Load[] = []
    const repaints: number[] = []
    let browserVersion = ''
    for (let run = 0; run < RUNS; run++) {
      const browser = await launchBrowser()
      try {
        browserVersion = browser.context.browser()?.version() ?? browserVersion
        const { page, load } = await coldLoad(browser.context, `${url}/?lang=fr&category=all&level=mrc`)
        // The first run warms the server's caches and the OS: reported runs are the next ones.
        if (run > 0) loads.push(load)
        if (run === RUNS - 1) {
          for (const category of CATEGORIES) repaints.push(await repaintMs(page, category))
        }
      } finally {
        await browser.close()
      }
    }
    return {
      firstMapMs: median(loads.map((l) => l.firstMapMs)),
      repaintMs: median(repaints),
      jsGzipKb: median(loads.map((l) => l.jsGzipBytes)) / 1024,
      requestsToFirstMap: median(loads.map((l) => l.requestsToFirstMap)),
      requestsAfterIdle: median(loads.map((l) => l.requestsAfterIdle)),
      runs: loads.length,
      categories: repaints.length,
      browser: browserVersion ? `Chromium ${browserVersion}` : 'Chromium (version not reported)',
    }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
    rmSync(dataDir, { recursive: true, force: true })
  }
}
