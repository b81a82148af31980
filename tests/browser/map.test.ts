/**
 * The first page a user sees: the MRC choropleth of the gap between need and access, in French, with its
 * legend and the demo notice, drawn from the project's own layers without any outside request.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readConfig } from '../../core/config'
import { start, type Running } from '../../server/start'
import { chromiumAvailable, CHROMIUM_PATH, launchBrowser, type TestBrowser } from '../support/browser'
import { preparedDataDir } from '../support/prepared'
import { colourStats } from '../support/image'
import { skipBecause } from '../support/require-all'

const ROOT = new URL('../../', import.meta.url).pathname
const SCREENSHOTS = join(ROOT, 'test-results')

const available = chromiumAvailable()
if (!available) skipBecause(`browser suite: no Chromium at ${CHROMIUM_PATH} (install the Debian package chromium)`)

describe.runIf(available)('the map page in Chromium', () => {
  let running: Running
  let browser: TestBrowser
  let page: Page
  let dataDir: string
  const outside: string[] = []

  beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/ensure-client-build.mjs')], { cwd: ROOT, stdio: 'inherit' })
    dataDir = preparedDataDir('lacunes-browser-')
    running = await start(readConfig({ PORT: '0', HOST: '127.0.0.1', LACUNES_DATA_DIR: dataDir, LACUNES_DEMO_REQUESTS: '30000', LOG_LEVEL: 'silent' }))
    browser = await launchBrowser()
    page = await browser.context.newPage()
    page.on('request', (request) => {
      const url = new URL(request.url())
      if (!['localhost', '127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) outside.push(request.url())
    })
    await page.goto(running.url.replace('localhost', '127.0.0.1'))
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 90_000 })
    // Let the last frame settle before looking at it.
    await page.waitForTimeout(1500)
  })

  afterAll(async () => {
    await browser?.close()
    await running?.stop()
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  it('draws the 104 MRCs coloured by a value from the database, and the map is not blank', async () => {
    const map = page.locator('[data-testid="map"]')
    expect(await map.getAttribute('data-territories')).toBe('104')
    mkdirSync(SCREENSHOTS, { recursive: true })
    const path = join(SCREENSHOTS, 'map-fr.png')
    await page.screenshot({ path })
    const box = await map.boundingBox()
    if (!box) throw new Error('the map has no box')
    const stats = colourStats(path, { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) })
    // Water, land and at least four classes of the choropleth.
    expect(stats.significantColours).toBeGreaterThanOrEqual(6)
    expect(stats.dominantShare).toBeLessThan(0.8)
  })

  it('is in French, with a legend and the demonstration-data notice', async () => {
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^fr/)
    await expect.poll(() => page.getByText('Données de démonstration').first().isVisible()).toBe(true)
    await expect.poll(() => page.getByText(/Écart entre besoin et accès/).first().isVisible()).toBe(true)
  })

  it('switches to English', async () => {
    await page.getByRole('button', { name: /english/i }).first().click()
    await expect.poll(() => page.getByText('Demonstration data').first().isVisible()).toBe(true)
    await expect.poll(() => page.getByText(/Gap between need and access/).first().isVisible()).toBe(true)
    await page.screenshot({ path: join(SCREENSHOTS, 'map-en.png') })
  })

  it('made no request outside this server', () => {
    expect(outside).toEqual([])
  })
})
