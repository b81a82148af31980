/**
 * Reading a polygon layer: a corrupt or fake zip is refused at once. shpjs's unzipper looped forever on a file
 * starting with "P" and holding no zip directory (found by tests/production/fuzz.test.ts), which froze the server.
 */
import JSZip from 'jszip'
import mapshaper from 'mapshaper'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readPolygons, zipProblem } from '../../../etl/territories/read-polygons'
import { InputError } from '../../../etl/read/types'
import { tempFiles, type TempFiles } from '../../support/files'

const SQUARE = { type: 'Polygon', coordinates: [[[-72.4, 45.2], [-72.1, 45.2], [-72.1, 45.4], [-72.4, 45.4], [-72.4, 45.2]]] }
const LAYER = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { CODE: 'A' }, geometry: SQUARE }] }

describe('readPolygons on zips', () => {
  let files: TempFiles
  let zip: Buffer
  beforeAll(async () => {
    files = tempFiles()
    const shapefile = await mapshaper.applyCommands('-i layer.json -o format=shapefile layer.shp', { 'layer.json': JSON.stringify(LAYER) })
    const archive = new JSZip()
    for (const [name, content] of Object.entries(shapefile)) archive.file(name, content)
    zip = await archive.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', comment: 'a comment PK' })
  })
  afterAll(() => files?.remove())

  it('reads a zipped Shapefile, comment and all', async () => {
    expect(zip.readUInt32LE(zip.length - 22 - 'a comment PK'.length)).toBe(0x06054b50)
    expect(zipProblem(zip)).toBeUndefined()
    const features = await readPolygons(files.write('layer.zip', zip))
    expect(features).toMatchObject([{ index: 1, properties: { CODE: 'A' }, geometry: { type: 'Polygon' } }])
  })

  it('refuses at once a file that only looks like a zip, or a zip that is truncated or corrupt', async () => {
    const truncated = zip.subarray(0, zip.length - 30)
    // The end-of-directory record, and in it where the directory starts; the directory's first entry, and in it
    // where that file's own header is.
    const end = zip.length - 22 - 'a comment PK'.length
    const directory = zip.readUInt32LE(end + 16)
    const badDirectory = Buffer.from(zip)
    badDirectory.writeUInt32LE(zip.length * 2, end + 16)
    const badEntry = Buffer.from(zip)
    badEntry.writeUInt32LE(zip.length - 10, directory + 42)
    const cases: [string, Buffer][] = [
      ['garbage.zip', Buffer.from('PK\u0003\u0004garbage-zip')],
      ['short.zip', Buffer.from('PK')],
      ['padded.zip', Buffer.from(`PK\u0003\u0004${'xP'.repeat(20_000)}`)],
      ['truncated.zip', truncated],
      ['directory.zip', badDirectory],
      ['entry.zip', badEntry],
    ]
    for (const [name, content] of cases) {
      const started = Date.now()
      const error = await readPolygons(files.write(name, content)).catch((e: unknown) => e)
      expect(error, name).toBeInstanceOf(InputError)
      expect((error as Error).message, name).toMatch(/not a readable zipped Shapefile/)
      expect(Date.now() - started, name).toBeLessThan(2000)
    }
  })
})
