/**
 * An .xlsx package opened by its zip directory (yauzl), its parts taken by name in the order a reader
 * needs them: the workbook's relationships, the workbook, shared strings and styles, then one sheet.
 *
 * Why not exceljs's own streaming WorkbookReader: it walks the zip from the first byte with
 * unzipper.Parse, which ends its stream on 'finish' while entries can still be buffered. In about one
 * read in 500 every part after the first worksheet was lost (exceljs writes the workbook and its shared
 * strings after the sheets, as other producers may): the read failed, or with other orders could have
 * given a sheet without its shared strings or date styles. By the directory, the order of the parts in
 * the file does not matter, and a sheet other than the wanted one is never read.
 *
 * The XML of each part is still parsed by exceljs (its parsers for relationships, the workbook, shared
 * strings, styles and worksheet rows), so cell values are the ones exceljs gives.
 */
import type { Readable } from 'node:stream'
import path from 'node:path'
import ExcelJS from 'exceljs'
import yauzl from 'yauzl'

/** A sheet of the workbook, in tab order. */
export interface XlsxSheet {
  name: string
  /** 'hidden' or 'veryHidden' when the user does not see it. */
  state?: string
  /** The part holding its rows, e.g. `xl/worksheets/sheet1.xml`. */
  part: string
}

/** One streamed row: Excel's row number and exceljs's 1-based values. */
export interface XlsxRow {
  number: number
  values: unknown
}

/** An opened package: its sheets, and a stream of the rows of one. Close it when done. */
export interface XlsxPackage {
  sheets: XlsxSheet[]
  rows(sheet: XlsxSheet): AsyncIterable<XlsxRow>
  close(): void
}

/** The parts of exceljs's WorkbookReader used here: parsers that each take one part as a stream. */
interface ExcelJsPartParsers {
  workbookRels?: { Id: string; Target: string }[]
  model?: { sheets?: { name: string; rId: string; state?: string }[] }
  _parseRels(part: Readable): Promise<void>
  _parseWorkbook(part: Readable): Promise<void>
  _parseSharedStrings(part: Readable): AsyncGenerator<unknown>
  _parseStyles(part: Readable): Promise<void>
  _parseWorksheet(part: Readable, sheetNo: string): Generator<{ value: AsyncIterable<XlsxRow> }>
}

const WORKBOOK = 'xl/workbook.xml'
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels'

/** A relationship's target as a part name: relative to `xl/`, or absolute from the package root. */
export function partName(target: string): string {
  const name = target.startsWith('/') ? target.slice(1) : path.posix.join('xl', target)
  return path.posix.normalize(name)
}

/** Opens `file` as an .xlsx package; throws a plain Error (the caller names the file) if it is not one. */
export async function openXlsxPackage(file: string): Promise<XlsxPackage> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false })
  try {
    const entries = new Map<string, yauzl.Entry>()
    for await (const entry of zip.eachEntry()) entries.set(entry.fileName.toLowerCase(), entry)
    const open = async (name: string): Promise<Readable | undefined> => {
      const entry = entries.get(name.toLowerCase())
      return entry === undefined ? undefined : zip.openReadStreamPromise(entry)
    }

    const parsers = new ExcelJS.stream.xlsx.WorkbookReader(file, {
      sharedStrings: 'cache',
      styles: 'cache',
      hyperlinks: 'ignore',
      worksheets: 'emit',
      entries: 'ignore',
    }) as unknown as ExcelJsPartParsers
    const workbook = await open(WORKBOOK)
    if (workbook === undefined) throw new Error(`it has no ${WORKBOOK}`)
    const rels = await open(WORKBOOK_RELS)
    if (rels !== undefined) await parsers._parseRels(rels)
    await parsers._parseWorkbook(workbook)
    const sharedStrings = await open('xl/sharedStrings.xml')
    if (sharedStrings !== undefined) for await (const _ of parsers._parseSharedStrings(sharedStrings)) void _
    const styles = await open('xl/styles.xml')
    if (styles !== undefined) await parsers._parseStyles(styles)

    const targets = new Map((parsers.workbookRels ?? []).map((rel) => [rel.Id, partName(rel.Target)]))
    const sheets: XlsxSheet[] = []
    for (const sheet of parsers.model?.sheets ?? []) {
      const part = targets.get(sheet.rId)
      if (part !== undefined && entries.has(part.toLowerCase())) sheets.push({ name: sheet.name, state: sheet.state, part })
    }

    return {
      sheets,
      async *rows(sheet) {
        const part = await open(sheet.part)
        if (part === undefined) throw new Error(`it has no ${sheet.part}`)
        const sheetNo = /sheet(\d+)\.xml$/i.exec(sheet.part)?.[1] ?? '0'
        for (const { value: reader } of parsers._parseWorksheet(part, sheetNo)) yield* reader
      },
      close: () => zip.close(),
    }
  } catch (error) {
    zip.close()
    throw error
  }
}
