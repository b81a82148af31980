/**
 * Opens any supported input as a TableSource, choosing the reader by `format`, else by extension
 * (.csv .txt .tsv → csv; .xlsx .xlsm → xlsx; .geojson → geojson; .json → geojson when it holds a
 * FeatureCollection, else hsds; a folder or datapackage.json → hsds), else by content.
 * Every reader checks the content against what the file claims and stops with an InputError
 * naming the file: missing, empty, binary, not a workbook, invalid JSON, not a FeatureCollection,
 * a header without data rows, ...
 */
import { stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { ImportKind } from '../import/fields'
import { openCsv } from './csv'
import { openGeojson } from './geojson'
import { openHsds } from './hsds'
import { MAGIC_NAMES, readSample, sniffBytes } from './sniff'
import { InputError, type InputFormat, type TableSource } from './types'
import { openXlsx } from './xlsx'

export interface OpenTableOptions {
  format?: InputFormat
  /** XLSX only: the sheet to read (default: the first). */
  sheet?: string
  kind: ImportKind
}

const FORMATS: readonly InputFormat[] = ['csv', 'xlsx', 'geojson', 'hsds']

/** Which reader a path needs, from its extension and, where that is not enough, its first bytes. */
export async function detectFormat(path: string): Promise<InputFormat> {
  let isFolder: boolean
  try {
    isFolder = (await stat(path)).isDirectory()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new InputError(path, 'file not found')
    throw new InputError(path, `cannot read the file: ${(error as Error).message}`)
  }
  if (isFolder) return 'hsds'
  if (basename(path).toLowerCase() === 'datapackage.json') return 'hsds'
  const extension = extname(path).toLowerCase()
  switch (extension) {
    case '.csv':
    case '.txt':
    case '.tsv':
    case '.tab':
      return 'csv'
    case '.xlsx':
    case '.xlsm':
      return 'xlsx'
    case '.xls':
      throw new InputError(path, `this is ${MAGIC_NAMES.ole2}`)
    case '.geojson':
      return 'geojson'
    case '.json':
      return jsonFlavour(path)
  }
  const { sample } = await readSample(path)
  const magic = sniffBytes(sample)
  if (magic === 'zip') return 'xlsx'
  if (magic !== 'text' && magic !== 'utf16le' && magic !== 'utf16be') throw new InputError(path, `this is ${MAGIC_NAMES[magic]}, not a table Lacunes can read`)
  const start = sample.toString('utf8').replace(/^\uFEFF/, '').trimStart()
  if (start.startsWith('{') || start.startsWith('[')) return jsonFlavour(path)
  return 'csv'
}

async function jsonFlavour(path: string): Promise<InputFormat> {
  const { sample } = await readSample(path)
  const text = sample.toString('utf8')
  return /"type"\s*:\s*"(FeatureCollection|Feature|Point|Polygon|MultiPolygon|Topology)"/.test(text) ? 'geojson' : 'hsds'
}

/** Opens a file (or an HSDS folder) as a table of rows for the import pipeline. */
export async function openTable(path: string, options: OpenTableOptions): Promise<TableSource> {
  if (options.format !== undefined && !FORMATS.includes(options.format)) {
    throw new InputError(path, `unknown format "${String(options.format)}"; use one of: ${FORMATS.join(', ')}`)
  }
  const format = options.format ?? (await detectFormat(path))
  if (options.sheet !== undefined && format !== 'xlsx') throw new InputError(path, `--sheet applies to Excel workbooks only, not to ${format}`)
  switch (format) {
    case 'csv':
      return openCsv(path)
    case 'xlsx':
      return openXlsx(path, options.sheet !== undefined ? { sheet: options.sheet } : {})
    case 'geojson':
      return openGeojson(path)
    case 'hsds':
      if (options.kind === 'requests') {
        throw new InputError(path, 'HSDS describes organizations and services, not requests: import it with "import organizations"')
      }
      return openHsds(path)
  }
}
