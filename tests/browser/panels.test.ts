/**
 * The panels in Chromium, one scenario per kind of user: an organizer saves two views, presents them full
 * screen and steps through them with the arrow keys; a funder compares three MRCs side by side; a planner
 * opens a territory profile, exports the table as CSV and the map as PNG, and prints the one-page report.
 * Screenshots go to test-results/ (the best ones are copied by hand to docs/screenshots/).
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readConfig } from '../../core/config'
import { start, type Running } from '../../server/start'
import { chromiumAvailable, CHROMIUM_PATH, launchBrowser, type TestBrowser } from '../support/browser'
import { preparedDataDir } from '../support/prepared'
import { skipBecause } from '../support/require-all'

const ROOT = new URL('../../', import.meta.url).pathname
const SCREENSHOTS = join(ROOT, 'test-results')

/** How many rows at the bottom of an image are plain white over their first `width` pixels (a blank band). */
function whiteRowsAtBottom(image: PNG, width: number): number {
  let rows = 0
  for (let y = image.height - 1; y >= 0; y--) {
    for (let x = 0; x < width; x++) {
      const i = (y * image.width + x) * 4
      if ((image.data[i] ?? 0) < 250 || (image.data[i + 1] ?? 0) < 250 || (image.data[i + 2] ?? 0) < 250) return rows
    }
    rows++
  }
  return rows
}

const available = chromiumAvailable()
if (!available) skipBecause(`browser suite (panels): no Chromium at ${CHROMIUM_PATH} (install the Debian package chromium)`)

describe.runIf(available)('the panels in Chromium', () => {
  let running: Running
  let browser: TestBrowser
  let page: Page
  let dataDir: string
  let base: string

  const shoot = async (name: string) => {
    mkdirSync(SCREENSHOTS, { recursive: true })
    await page.screenshot({ path: join(SCREENSHOTS, name) })
  }
  const open = async (search: string) => {
    await page.goto(`${base}/${search}`)
    await page.waitForSelector('[data-testid="map"][data-ready="true"]', { timeout: 90_000 })
  }
  const tab = (name: string) => page.getByRole('tab', { name, exact: true })

  beforeAll(async () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/ensure-client-build.mjs')], { cwd: ROOT, stdio: 'inherit' })
    dataDir = preparedDataDir('lacunes-panels-')
    running = await start(readConfig({ PORT: '0', HOST: '127.0.0.1', LACUNES_DATA_DIR: dataDir, LACUNES_DEMO_REQUESTS: '30000', LOG_LEVEL: 'silent' }))
    base = running.url.replace('localhost', '127.0.0.1').replace(/\/$/, '')
    browser = await launchBrowser()
    page = await browser.context.newPage()
  })

  afterAll(async () => {
    await browser?.close()
    await running?.stop()
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  it('the organizer saves two views, presents them full screen and steps through them with the arrow keys', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 })
    await open('?lang=fr&category=housing&level=mrc')
    await tab('Vues').click()
    await page.getByLabel('Nom de la vue').fill('Logement par MRC')
    await page.getByRole('button', { name: 'Enregistrer la vue actuelle' }).click()
    await open('?lang=fr&category=food&level=region&layer=demand_rate')
    await tab('Vues').click()
    await page.getByLabel('Nom de la vue').fill('Alimentation par région')
    await page.getByRole('button', { name: 'Enregistrer la vue actuelle' }).click()
    await expect.poll(() => page.locator('.views-list li').count()).toBe(2)

    await page.getByTestId('present').click()
    await page.waitForSelector('[data-testid="presentation"]')
    expect(await page.getByTestId('presentation-view').textContent()).toBe('Logement par MRC')
    expect(await page.getByTestId('presentation-step').textContent()).toBe('Vue 1 sur 2')
    await expect.poll(() => new URL(page.url()).searchParams.get('category')).toBe('housing')
    // The controls step aside; the legend stays, large.
    expect(await page.locator('.control-column').isVisible()).toBe(false)
    expect(await page.getByTestId('legend').isVisible()).toBe(true)
    await page.waitForSelector('[data-testid="map"][data-ready="true"]')
    await page.waitForTimeout(1200)
    await shoot('presentation-1.png')
    // The map fills the window below the title bar, with nothing laid over its canvas: an opaque bar over it once
    // made Chromium's software compositor drop as many rows from the bottom of the map (an 84 px white band).
    const bar = await page.getByTestId('presentation').boundingBox()
    expect(bar?.height).toBeGreaterThan(0)
    expect(await page.getByTestId('map').boundingBox()).toEqual({ x: 0, y: bar?.height, width: 1920, height: 1080 - (bar?.height ?? 0) })
    expect(whiteRowsAtBottom(PNG.sync.read(readFileSync(join(SCREENSHOTS, 'presentation-1.png'))), 900)).toBe(0)

    await page.keyboard.press('ArrowRight')
    await expect.poll(() => page.getByTestId('presentation-step').textContent()).toBe('Vue 2 sur 2')
    expect(await page.getByTestId('presentation-view').textContent()).toBe('Alimentation par région')
    await expect.poll(() => new URL(page.url()).searchParams.get('level')).toBe('region')
    expect(new URL(page.url()).searchParams.get('category')).toBe('food')
    await expect.poll(() => page.getByTestId('legend').textContent()).toContain('Demandes pour 1 000 habitants')
    await page.waitForTimeout(1500)
    await shoot('presentation-2.png')

    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => page.getByTestId('presentation-step').textContent()).toBe('Vue 1 sur 2')
    await expect.poll(() => new URL(page.url()).searchParams.get('category')).toBe('housing')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('[data-testid="presentation"]').count()).toBe(0)
    expect(await page.locator('.control-column').isVisible()).toBe(true)
    await page.setViewportSize({ width: 1280, height: 800 })
    // Two page loads and three full-HD repaints in software WebGL on a shared machine.
  }, 180_000)

  it('the funder compares three MRCs side by side', async () => {
    await open('?lang=en&category=all&level=mrc')
    await tab('Ranking').click()
    const rows = page.locator('[data-testid="ranking-table"] tbody tr')
    await rows.nth(0).click()
    await rows.nth(1).click({ modifiers: ['Shift'] })
    await rows.nth(2).click({ modifiers: ['Shift'] })
    const names = await Promise.all([0, 1, 2].map((i) => rows.nth(i).locator('th').textContent()))
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')?.split(',').length).toBe(3)
    await tab('Compare (3)').click()
    await page.waitForSelector('[data-testid="compare"]')
    expect(await page.locator('.compare-name').allTextContents()).toEqual(names)
    // Figures side by side, a sparkline each, and bars by category.
    expect(await page.locator('.compare-table tbody tr').first().locator('td').count()).toBe(3)
    expect(await page.locator('.trend-compact').count()).toBe(3)
    expect(await page.locator('.category-bar').count()).toBeGreaterThanOrEqual(3)
    expect(await page.getByTestId('data-line').textContent()).toContain('All categories')
    await page.mouse.move(5, 795)
    await page.waitForTimeout(800)
    await shoot('compare-en.png')
  })

  it('the planner finds territories with high demand, low access and high deprivation, outlined on the map', async () => {
    await open('?lang=fr&category=all&level=mrc')
    await tab('Repérer').click()
    const finder = page.getByTestId('finder')
    await finder.waitFor()
    for (const slider of await finder.locator('input[type="range"]').all()) await slider.fill('50')
    await expect.poll(() => finder.locator('.finder-list li').count()).toBeGreaterThan(0)
    const count = await finder.locator('.finder-list li').count()
    expect(await finder.getByRole('status').textContent()).toContain(`${count} territoires réunissent`)
    await page.mouse.move(5, 795)
    await page.waitForTimeout(1000)
    await shoot('finder-fr.png')
  })

  it('the planner opens a territory profile, exports the CSV and the map, and prints the report', async () => {
    await open('?lang=fr&category=all&level=mrc')
    await page.waitForTimeout(1000)
    // Sherbrooke, on the map.
    const point = await page.evaluate(([x, y]) => window.__lacunesMap?.project([x, y]), [-71.89, 45.4] as [number, number])
    if (!point) throw new Error('no map')
    const box = await page.getByTestId('map').boundingBox()
    if (!box) throw new Error('the map has no box')
    await page.mouse.click(box.x + point.x, box.y + point.y)
    const profile = page.getByTestId('profile')
    await profile.waitFor()
    await expect.poll(() => profile.getByRole('heading', { level: 2 }).textContent()).toBe('Sherbrooke')
    expect(await page.getByTestId('gap-block').textContent()).toMatch(/Écart entre besoin et accès[\s\S]*Demandes pour 1\s000 habitants/)
    expect(await page.locator('.trend svg[role="img"]').count()).toBe(1)
    expect(await page.getByTestId('data-line').textContent()).toMatch(/données de démonstration synthétiques · données chargées le/)
    // The pointer off the map, so its hover card does not cover the panel.
    await page.mouse.move(box.x + 5, box.y + box.height - 5)
    await page.waitForTimeout(800)
    await shoot('profile-fr.png')

    // The table as CSV: a header and one row per MRC.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()])
    const text = readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '')
    const lines = text.trim().split(/\r?\n/)
    expect(lines[0]).toMatch(/territory_id/)
    expect(lines[0]).toMatch(/demand_rate/)
    expect(lines.length).toBe(1 + 104)

    // The map as PNG, with the legend and attribution under it.
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()])
    expect(png.suggestedFilename()).toMatch(/^lacunes-mrc-all-.*\.png$/)
    const image = PNG.sync.read(readFileSync(await png.path()))
    expect(image.width).toBe(Math.round(box.width))
    expect(image.height).toBeGreaterThan(Math.round(box.height))
    mkdirSync(SCREENSHOTS, { recursive: true })
    execFileSync('cp', [await png.path(), join(SCREENSHOTS, 'export-map.png')])

    // The one-page report: the print dialog is replaced by a flag, the print layout photographed.
    await page.evaluate(() => {
      window.print = () => {
        document.body.dataset.printed = 'yes'
      }
    })
    await page.getByTestId('print-report').click()
    await expect.poll(() => page.evaluate(() => document.body.dataset.printed)).toBe('yes')
    const report = page.locator('article.print-report')
    expect(await report.locator('h1').textContent()).toBe('Rapport territorial : Sherbrooke')
    expect(await report.locator('img').getAttribute('src')).toMatch(/^data:image\/png;base64,/)
    expect(await report.textContent()).toMatch(/Sources[\s\S]*Produit le/)
    await page.emulateMedia({ media: 'print' })
    await shoot('report-print.png')
    // One page of US Letter, as Chromium prints it.
    const pdf = (await page.pdf({ format: 'Letter', printBackground: true })).toString('latin1')
    expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1)
    await page.emulateMedia({ media: 'screen' })
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
    await expect.poll(() => report.count()).toBe(0)
  })
})
