/** The committed geodata is what its manifest says, small enough to ship, and credited. */
import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const GEODATA = new URL('../../geodata/', import.meta.url)

interface ManifestFile {
  path: string
  sha256: string
}

function manifestFiles(): ManifestFile[] {
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', GEODATA), 'utf8')) as { outputs: ManifestFile[] }
  return manifest.outputs
}

describe('geodata/', () => {
  it('matches the sha256 of every file its manifest lists', () => {
    const files = manifestFiles()
    expect(files.length).toBeGreaterThanOrEqual(11)
    for (const file of files) {
      const hash = createHash('sha256').update(readFileSync(new URL(file.path, GEODATA))).digest('hex')
      expect(hash, file.path).toBe(file.sha256)
    }
  })

  it('weighs at most 15 MB in all', () => {
    const total = manifestFiles().reduce((sum, file) => sum + statSync(new URL(file.path, GEODATA)).size, 0)
    expect(total).toBeLessThanOrEqual(15 * 1024 * 1024)
  })

  it('credits Statistics Canada with its "adapted from" wording', () => {
    const attribution = readFileSync(new URL('ATTRIBUTION.md', GEODATA), 'utf8')
    expect(attribution).toMatch(/Adapted from Statistics Canada/)
    expect(attribution).toMatch(/does not constitute an endorsement by Statistics Canada/)
    expect(attribution).toMatch(/Gouvernement du Québec/)
  })
})
