/**
 * The map's layers and controls in Chromium: a filter change fetches metrics only; a planner drills
 * from region to MRC to neighbourhood; a counsellor finds services near a postal code; the hexagon
 * and service layers draw something. Screenshots go to test-results/ (the best ones are copied by hand
 * to docs/screenshots/).
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
if (!available) skipBecause(`browser suite (map layers): no Chromium at ${CHROMIUM_PATH} (install the Debian package chromium)`)

describe.runIf(available)('map layers and controls in Chromium', () => {
  let running: Running
  let browser: TestBrowser
  let page: Page
  let dataDir: string
  let base: string
  const requests: string[] = []

  const map = () => page.locator('[data-testid="map"]')
  const mapBox = async () => {
    const box = await map().boundingBox()
    if (!box) throw new Error('the map has no box')
    return { x: Math.round(box.x), y: Math.round(box.y), width: Math.round(box.width), height: Math.round(box.height) }
  }
  const waitReady = () => page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 60_000 })
  /** Waits until the map has drawn a view whose key contains `part`. */
  const waitDrawn = (part: string) =>
    expect.poll(async () => (await map().getAttribute('data-key')) ?? '', { timeout: 30_000 }).toContain(part)
  const shoot = async (name: string) => {
    mkdirSync(SCREENSHOTS, { recursive: true })
    const path = join(SCREENSHOTS, name)
    await page.screenshot({ path })
    return path
  }
  /** Pixel of a lon/lat on the page. */
  const pixelOf = async (lon: number, lat: number) => {
    const point = await page.evaluate(([x, y]) => window.__lacunesMap?.project([x, y]), [lon, lat] as [number, number])
    if (!point) throw new Error('no map')
    const box = await mapBox()
    return { x: box.x + point.x, y: box.y + point.y }
  }

  beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/ensure-client-build.mjs')], { cwd: ROOT, stdio: 'inherit' })
    dataDir = preparedDataDir('lacunes-browser-layers-')
    running = await start(readConfig({ PORT: '0', HOST: '127.0.0.1', LACUNES_DATA_DIR: dataDir, LACUNES_DEMO_REQUESTS: '30000', LOG_LEVEL: 'silent' }))
    base = running.url.replace('localhost', '127.0.0.1')
    browser = await launchBrowser()
    page = await browser.context.newPage()
    page.on('request', (request) => requests.push(request.url()))
  })

  afterAll(async () => {
    await browser?.close()
    await running?.stop()
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  it('fetches only the new metrics on a category change, never the geometry again', async () => {
    await page.goto(`${base}/?lang=fr&category=all&level=mrc`)
    await waitReady()
    await waitDrawn('category=all')
    const before = requests.length
    await page.getByLabel('Catégorie de besoin').selectOption('food')
    await waitDrawn('category=food')
    const after = requests.slice(before).map((url) => new URL(url))
    expect(after.filter((url) => url.pathname === '/api/territories')).toEqual([])
    expect(after.filter((url) => url.pathname === '/api/metrics' && url.searchParams.get('level') === 'mrc').map((url) => url.searchParams.get('category'))).toEqual(['food'])
    expect(new URL(page.url()).searchParams.get('category')).toBe('food')
    await expect.poll(() => page.getByTestId('map-summary').textContent()).toMatch(/^Couche : Écart\./)
  })

  it('lets a planner drill down from region to MRC to neighbourhood', async () => {
    await page.goto(`${base}/?lang=fr&category=all&level=region`)
    await waitReady()
    expect(await map().getAttribute('data-territories')).toBe('17')

    // Montréal (region 06): a click selects it, a double-click goes down to its MRCs.
    const montreal = await pixelOf(-73.65, 45.55)
    await page.mouse.click(montreal.x, montreal.y)
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toMatch(/^\d+$/)
    await page.mouse.dblclick(montreal.x, montreal.y)
    await expect.poll(() => new URL(page.url()).searchParams.get('level')).toBe('mrc')
    await waitDrawn('level=mrc')
    await expect.poll(() => map().getAttribute('data-territories')).toBe('104')
    await expect.poll(async () => Number((await page.evaluate(() => window.__lacunesMap?.getZoom())) ?? 0)).toBeGreaterThan(8)

    // The MRC level keyboard-operated: the level select goes to neighbourhoods.
    await page.getByTestId('level-select').selectOption('neighbourhood')
    await waitDrawn('level=neighbourhood')
    await expect.poll(() => map().getAttribute('data-territories')).toBe('242')
    await page.waitForTimeout(1200)
    const centre = await pixelOf(-73.6, 45.52)
    await page.mouse.click(centre.x, centre.y)
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toMatch(/^\d+$/)
    await page.waitForTimeout(600)
    const path = await shoot('drill-neighbourhood-fr.png')
    const stats = colourStats(path, await mapBox())
    expect(stats.significantColours).toBeGreaterThanOrEqual(5)
    expect(new URL(page.url()).searchParams.get('map')).toMatch(/^\d+(\.\d+)?\/45\.\d+\/-73\.\d+$/)
  })

  it('lets a counsellor type a postal code and lists the nearest services', async () => {
    await page.goto(`${base}/?lang=fr&category=all&level=mrc`)
    await waitReady()
    const search = page.getByRole('combobox', { name: 'Rechercher un lieu' })
    await search.fill('J1X 3W2')
    const hits = page.getByRole('listbox', { name: 'Rechercher un lieu' }).getByRole('option')
    await expect.poll(() => hits.count(), { timeout: 10_000 }).toBeGreaterThan(0)
    await search.press('Enter')
    const list = page.getByTestId('nearby-services')
    await expect.poll(() => list.locator('li').count(), { timeout: 20_000 }).toBeGreaterThan(2)
    expect(await list.textContent()).toMatch(/\d+,\d km/)
    // The map went there and selected the MRC holding the code (Memphrémagog).
    await expect.poll(() => new URL(page.url()).searchParams.get('sel'), { timeout: 10_000 }).toMatch(/^\d+$/)
    await page.waitForTimeout(1500)
    const path = await shoot('search-services-fr.png')
    expect(colourStats(path, await mapBox()).significantColours).toBeGreaterThanOrEqual(4)
  })

  it('draws the hexagon layer from /api/demand/hex and the service points, never blank', async () => {
    await page.goto(`${base}/?lang=fr&category=all&level=mrc&layer=hex&map=8.5/45.40/-71.90`)
    await waitReady()
    await waitDrawn('/api/demand/hex')
    await page.waitForTimeout(1200)
    const hexPath = await shoot('hex-fr.png')
    expect(colourStats(hexPath, await mapBox()).significantColours).toBeGreaterThanOrEqual(5)
    await expect.poll(() => page.getByTestId('legend').textContent()).toMatch(/Demandes par hexagone/)

    await page.goto(`${base}/?lang=fr&category=food&level=mrc&services=1&map=9/45.50/-73.60`)
    await waitReady()
    await expect.poll(() => page.getByTestId('legend').textContent(), { timeout: 30_000 }).toMatch(/Point de service|lieux affichés/)
    await page.waitForTimeout(1500)
    const servicesPath = await shoot('services-fr.png')
    expect(colourStats(servicesPath, await mapBox()).significantColours).toBeGreaterThanOrEqual(5)
  })
})
