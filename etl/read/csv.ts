/**
 * Streaming CSV reader: the file goes through a decoder and papaparse in chunks, never whole.
 *
 * Encoding: decided on the first 64 KB. A UTF-8 BOM → UTF-8; a UTF-16 BOM (Excel's "Unicode text")
 * → UTF-16; bytes that are valid UTF-8 → UTF-8; otherwise Windows-1252 (Excel's "CSV" on a French
 * Windows). A file believed UTF-8 whose later bytes turn out not to be:
 *   - if every byte before was plain ASCII (so both readings agree on it), the rest is read as
 *     Windows-1252 and `details.encoding` says so — the safe fallback;
 *   - otherwise the file mixes encodings and reading stops with an InputError naming the first row
 *     that holds the bad bytes (guessing would silently corrupt accented names).
 *
 * Delimiter: `;` `,` tab or `|`, whichever splits the header (quotes respected) into the most
 * columns consistently with the next rows; an Excel `sep=;` first line is honoured and not counted.
 *
 * Rows: numbered as a spreadsheet shows them (header = row 1 when it is the first line; a quoted
 * field spanning lines is one row; blank rows keep their number but are skipped). Values are
 * trimmed; a row with fewer cells than the header gets '' for the rest; more non-empty cells than
 * the header is an InputError naming the row. Trailing empty header cells are dropped; an empty
 * header cell in the middle is named "column N".
 *
 * `rows` can be iterated more than once: each iteration reads the file again from the start.
 */
import Papa from 'papaparse'
import { fileChunks } from './file-chunks'
import { MAGIC_NAMES, readSample, sniffBytes } from './sniff'
import { headerColumns } from './columns'
import { isPlainText, splitPlainRecords } from './plain-records'
import { InputError, type CellRow, type SourceRow, type TableSource } from './types'

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'utf-16be'
export type CsvDelimiter = ',' | ';' | '\t' | '|'

export interface CsvOptions {
  /** Forces an encoding instead of detecting it. */
  encoding?: CsvEncoding
  /** Forces a delimiter instead of detecting it. */
  delimiter?: CsvDelimiter
}

const DELIMITERS: readonly CsvDelimiter[] = [';', ',', '\t', '|']
const DELIMITER_NAMES: Record<CsvDelimiter, string> = { ';': 'semicolon (;)', ',': 'comma (,)', '\t': 'tab', '|': 'pipe (|)' }
const ENCODING_NAMES: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 with BOM',
  'windows-1252': 'Windows-1252',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
}
const DECODER_LABEL: Record<CsvEncoding, string> = {
  'utf-8': 'utf-8',
  'utf-8-bom': 'utf-8',
  'windows-1252': 'windows-1252',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
}
/** A record longer than this is almost always an unclosed quote swallowing the rest of the file. */
const MAX_RECORD_CHARS = 1_000_000

/** The encoding of a CSV file from its first bytes. */
export function detectEncoding(sample: Uint8Array): CsvEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf-8-bom'
  if (sample[0] === 0xff && sample[1] === 0xfe) return 'utf-16le'
  if (sample[0] === 0xfe && sample[1] === 0xff) return 'utf-16be'
  try {
    // stream: true tolerates a multi-byte character cut at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true })
    return 'utf-8'
  } catch {
    return 'windows-1252'
  }
}

function hasHighByte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] as number) >= 0x80) return true
  return false
}

/** Whether the bytes hold at least one well-formed multi-byte UTF-8 character. */
function hasUtf8Multibyte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const lead = bytes[i] as number
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0
    if (length === 0 || i + length > bytes.length) continue
    let ok = true
    for (let k = 1; k < length; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) ok = false
    if (ok) return true
  }
  return false
}

interface DecodeState {
  encoding: CsvEncoding
  details: Record<string, string>
  /** Set when a file believed UTF-8 turned out to mix encodings: rows with U+FFFD are then refused. */
  invalidUtf8: boolean
}

async function* decodeChunks(source: AsyncIterable<Buffer>, state: DecodeState): AsyncGenerator<string> {
  if (state.encoding !== 'utf-8') {
    const decoder = new TextDecoder(DECODER_LABEL[state.encoding])
    for await (const chunk of source) yield decoder.decode(chunk, { stream: true })
    const tail = decoder.decode()
    if (tail) yield tail
    return
  }
  const strict = new TextDecoder('utf-8', { fatal: true })
  let fallback: TextDecoder | undefined
  let nonAscii = false
  let offset = 0
  let last: { chunk: Buffer; nonAsciiBefore: boolean } | undefined
  for await (const chunk of source) {
    if (fallback) {
      yield fallback.decode(chunk, { stream: true })
      continue
    }
    try {
      const text = strict.decode(chunk, { stream: true })
      last = { chunk, nonAsciiBefore: nonAscii }
      nonAscii ||= hasHighByte(chunk)
      offset += chunk.length
      yield text
    } catch {
      if (!nonAscii && !hasUtf8Multibyte(chunk)) {
        fallback = new TextDecoder('windows-1252')
        state.details.encoding = `Windows-1252 (the first ${offset} bytes were plain ASCII)`
      } else {
        fallback = new TextDecoder('utf-8')
        state.invalidUtf8 = true
      }
      yield fallback.decode(chunk, { stream: true })
    }
  }
  let tail: string
  try {
    tail = (fallback ?? strict).decode()
  } catch {
    // The file ends inside a UTF-8 sequence (the sniffed sample allowed for a cut one): a lone accented letter
    // after plain ASCII is Windows-1252, as above; after real UTF-8 the file mixes encodings.
    const cut = last ? last.chunk.findIndex((byte) => byte >= 0x80) : -1
    if (last && cut >= 0 && !last.nonAsciiBefore && !hasUtf8Multibyte(last.chunk)) {
      state.details.encoding = `Windows-1252 (the first ${offset - last.chunk.length + cut} bytes were plain ASCII)`
      tail = new TextDecoder('windows-1252').decode(last.chunk.subarray(cut))
    } else {
      tail = '\uFFFD'
      state.invalidUtf8 = true
    }
  }
  if (tail) yield tail
}

/** Splits the start of a text into records (quotes respected); the last one is dropped unless `complete`. */
function sampleRecords(text: string, complete: boolean, limit = 30): string[] {
  const records: string[] = []
  let inQuotes = false
  let start = 0
  for (let i = 0; i < text.length && records.length < limit; i++) {
    const ch = text[i]
    if (ch === '"') inQuotes = !inQuotes
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      records.push(text.slice(start, i))
      if (ch === '\r' && text[i + 1] === '\n') i++
      start = i + 1
    }
  }
  if (complete && start < text.length && records.length < limit) records.push(text.slice(start))
  return records.filter((record) => record.trim() !== '')
}

function countOutsideQuotes(record: string, delimiter: string): number {
  let count = 0
  let inQuotes = false
  for (const ch of record) {
    if (ch === '"') inQuotes = !inQuotes
    else if (!inQuotes && ch === delimiter) count++
  }
  return count
}

/** The delimiter that splits the header into columns most consistently with the next rows. */
export function detectDelimiter(text: string, complete = true): CsvDelimiter {
  const records = sampleRecords(text, complete)
  const [header, ...rest] = records
  if (header === undefined) return ','
  let best: CsvDelimiter = ','
  let bestScore = 0
  for (const delimiter of DELIMITERS) {
    const inHeader = countOutsideQuotes(header, delimiter)
    if (inHeader === 0) continue
    const consistent = rest.length === 0 ? 1 : rest.filter((record) => countOutsideQuotes(record, delimiter) === inHeader).length / rest.length
    const score = consistent * 1000 + inHeader
    if (score > bestScore) {
      best = delimiter
      bestScore = score
    }
  }
  return best
}

interface CsvPlan {
  file: string
  encoding: CsvEncoding
  delimiter: CsvDelimiter
  /** Records to skip before the first one (an Excel `sep=` line). */
  skipRecords: number
}

/** Consecutive records: `records[i]` is the one numbered `firstRow + i`. */
interface RecordBatch {
  firstRow: number
  records: string[][]
}

function quoteError(file: string, error: Papa.ParseError, row: number): InputError {
  switch (error.code) {
    case 'MissingQuotes':
      return new InputError(file, 'a quoted field that starts in this row is never closed (a missing ")', { row })
    case 'InvalidQuotes':
      return new InputError(file, 'a quoted field is followed by other text before the next delimiter (write "" for a quote inside quotes)', { row })
    default:
      return new InputError(file, `cannot read the CSV: ${error.message}`, { row })
  }
}

/** Whether `text` has blanks then a quote at the start of a field (`blank` is a space or a tab). */
function blanksBeforeQuote(text: string, delimiter: number, blank: string, tabIsBlank: boolean): boolean {
  const pattern = `${blank}"`
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 2)) {
    let k = at
    while (k > 0 && (text.charCodeAt(k - 1) === 32 || (tabIsBlank && text.charCodeAt(k - 1) === 9))) k--
    const before = k === 0 ? -1 : text.charCodeAt(k - 1)
    if (before === -1 || before === delimiter || before === 10 || before === 13) return true
  }
  return false
}

/**
 * Whether `text` holds what papaparse cannot take as is (it knows a single line break, LF here, and
 * sees a quote only as the very first character of a field): a lone CR ending a record, or blanks
 * before an opening quote. Cheap on ordinary text: a few native searches.
 */
function needsNormalizing(text: string, delimiter: CsvDelimiter): boolean {
  if (text.indexOf('\r') !== -1 && /\r(?!\n)/.test(text)) return true
  if (text.indexOf('"') === -1) return false
  const code = delimiter.charCodeAt(0)
  const tabIsBlank = delimiter !== '\t'
  return blanksBeforeQuote(text, code, ' ', tabIsBlank) || (tabIsBlank && blanksBeforeQuote(text, code, '\t', tabIsBlank))
}

/**
 * Rewrites `text`, which starts at a record boundary, so that papaparse splits it as csv-parse did
 * (record delimiters CRLF, LF or CR; blanks trimmed before an opening quote). Outside quoted values
 * only: a lone CR becomes LF (not a CR ending a text that is not `final`: an LF may follow it), and
 * blanks before an opening quote are dropped (values are trimmed anyway). Quoted values are kept as is.
 */
function normalizeText(text: string, delimiter: CsvDelimiter, final: boolean): string {
  const delim = delimiter.charCodeAt(0)
  const tabIsBlank = delimiter !== '\t'
  const n = text.length
  let out = ''
  let copied = 0
  let i = 0
  // One field per turn: `i` is where it starts.
  while (i < n) {
    let j = i
    while (j < n && (text.charCodeAt(j) === 32 || (tabIsBlank && text.charCodeAt(j) === 9))) j++
    if (j < n && text.charCodeAt(j) === 34) {
      if (j > i) {
        out += text.slice(copied, i)
        copied = j
      }
      j++
      for (;;) {
        const close = text.indexOf('"', j)
        if (close === -1) return out + text.slice(copied)
        j = close + (text.charCodeAt(close + 1) === 34 ? 2 : 1)
        if (j === close + 1) break
      }
    }
    // The unquoted rest of the field, up to a delimiter or the end of the record.
    for (; j < n; j++) {
      const c = text.charCodeAt(j)
      if (c === delim || c === 10) {
        j++
        break
      }
      if (c === 13) {
        if (j + 1 < n ? text.charCodeAt(j + 1) !== 10 : final) {
          out += text.slice(copied, j) + '\n'
          copied = j + 1
        }
        j++
        break
      }
    }
    i = j
  }
  return out + text.slice(copied)
}

/** Which cells a pass reads: `wanted[i]` for column i of a header `width` wide (see plain-records.ts). */
interface WantedCells {
  width: number
  wanted: readonly boolean[]
}

/**
 * Every record of the file, blank ones included, numbered from 1 (after any `sep=` line), in batches.
 * With `cells`, text without quotes is split by splitPlainRecords: only the wanted cells are made.
 */
async function* physicalRecords(plan: CsvPlan, state: DecodeState, cells?: WantedCells): AsyncGenerator<RecordBatch> {
  // 64 KB reads: a batch of parsed rows is then small enough to die in the young generation. With
  // 256 KB, each scavenge found a batch still alive and copied it: garbage collection took 2.9 s of a
  // million-row import's main thread; with 64 KB, 0.6 s. Each chunk is a view of a reused buffer,
  // which decodeChunks turns into text before it asks for the next.
  const input = fileChunks(plan.file, 64 * 1024)
  const parser = new Papa.Parser({ delimiter: plan.delimiter, newline: '\n', quoteChar: '"' })
  /** Records parsed so far, a `sep=` line included. */
  let parsed = 0
  /** The start of a record not complete yet. */
  let pending = ''

  /** Parses `text`, which starts where a record starts; keeps its unfinished last record in `pending`. */
  function parse(text: string, final: boolean): { batch?: RecordBatch; failure?: InputError } {
    let records: string[][]
    let failure: InputError | undefined
    if (cells !== undefined && isPlainText(text)) {
      const split = splitPlainRecords(text, plan.delimiter, cells.width, cells.wanted, final)
      records = split.records
      pending = final ? '' : text.slice(split.cursor)
    } else {
      if (needsNormalizing(text, plan.delimiter)) text = normalizeText(text, plan.delimiter, final)
      const result = parser.parse(text, 0, !final) as Papa.ParseResult<string[]>
      records = result.data
      for (const error of result.errors) {
        const at = error.row ?? records.length
        // An error in the unfinished last record is decided once the rest of it is there.
        if (!final && at >= records.length) continue
        failure = quoteError(plan.file, error, parsed + at + 1 - plan.skipRecords)
        records = records.slice(0, at)
        break
      }
      pending = final || failure ? '' : text.slice(result.meta.cursor)
    }
    let first = parsed + 1 - plan.skipRecords
    parsed += records.length
    if (pending.length > MAX_RECORD_CHARS) {
      failure = new InputError(plan.file, `this row is longer than ${MAX_RECORD_CHARS} characters: a quote is probably not closed`, { row: parsed + 1 - plan.skipRecords })
    }
    if (first < 1) {
      records = records.slice(1 - first)
      first = 1
    }
    return records.length > 0 ? { batch: { firstRow: first, records }, failure } : { failure }
  }

  try {
    for await (const chunk of decodeChunks(input, state)) {
      let text = chunk
      if (pending !== '') {
        // Finish the pending record on its own first: `pending + chunk` would copy the whole chunk.
        const newline = chunk.indexOf('\n')
        if (newline === -1) text = pending + chunk
        else {
          const { batch, failure } = parse(pending + chunk.slice(0, newline + 1), false)
          if (batch) yield batch
          if (failure) throw failure
          text = pending === '' ? chunk.slice(newline + 1) : pending + chunk.slice(newline + 1)
        }
      }
      const { batch, failure } = parse(text, false)
      if (batch) yield batch
      if (failure) throw failure
    }
    const { batch, failure } = parse(pending, true)
    if (batch) yield batch
    if (failure) throw failure
  } finally {
    // Closes the file when the rows were not read to the end.
    await input.return(undefined)
  }
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '')
}

function checkEncoding(file: string, state: DecodeState, cells: readonly string[], row: number): void {
  if (state.invalidUtf8 && cells.some((cell) => cell.includes('\uFFFD'))) {
    throw new InputError(
      file,
      'this row is not valid UTF-8 although earlier rows were: the file mixes encodings; save it again as "CSV UTF-8"',
      { row },
    )
  }
}

/** Opens a CSV (or TSV / TXT) file: detects encoding and delimiter, reads the header, checks a data row exists. */
export async function openCsv(file: string, options: CsvOptions = {}): Promise<TableSource> {
  const { sample, size } = await readSample(file)
  const magic = sniffBytes(sample)
  if (magic !== 'text' && magic !== 'utf16le' && magic !== 'utf16be') {
    const hint = magic === 'zip' ? ' (if it is an Excel workbook, name it .xlsx or use --format xlsx)' : ''
    throw new InputError(file, `this is ${MAGIC_NAMES[magic]}, not a CSV text file${hint}`)
  }
  const encoding = options.encoding ?? detectEncoding(sample)
  const sampleText = new TextDecoder(DECODER_LABEL[encoding]).decode(sample, { stream: true })
  if (sampleText.trim() === '' && size <= sample.length) throw new InputError(file, 'the file is empty (only blank lines)')
  const sep = /^sep=(.)\r?\n/i.exec(sampleText)
  const sepDelimiter = sep?.[1] as CsvDelimiter | undefined
  const delimiter =
    options.delimiter ??
    (sepDelimiter && DELIMITERS.includes(sepDelimiter) ? sepDelimiter : detectDelimiter(sep ? sampleText.slice(sep[0].length) : sampleText, size <= sample.length))
  const plan: CsvPlan = { file, encoding, delimiter, skipRecords: sep ? 1 : 0 }
  const details: Record<string, string> = { encoding: ENCODING_NAMES[encoding], delimiter: DELIMITER_NAMES[delimiter] }

  // First pass: the header and proof that at least one data row follows.
  let columns: string[] | undefined
  let headerRow = 0
  let hasData = false
  const probe: DecodeState = { encoding, details: {}, invalidUtf8: false }
  search: for await (const { firstRow, records } of physicalRecords(plan, probe)) {
    for (let i = 0; i < records.length; i++) {
      const cells = records[i] as string[]
      if (isBlank(cells)) continue
      const row = firstRow + i
      checkEncoding(file, probe, cells, row)
      if (columns === undefined) {
        columns = headerColumns(file, cells, row)
        headerRow = row
        continue
      }
      hasData = true
      break search
    }
  }
  if (columns === undefined) throw new InputError(file, 'the file is empty (only blank lines)')
  if (!hasData) throw new InputError(file, 'the file has a header but no data rows')
  if (headerRow !== 1) details.header_row = String(headerRow)
  const header = columns

  /** Rows as cells; with `columns`, only those are read from text without quotes (the others are ''). */
  async function* cellBatches(columns?: readonly number[]): AsyncGenerator<CellRow[]> {
    const state: DecodeState = { encoding, details, invalidUtf8: false }
    const width = header.length
    const wanted = columns === undefined ? undefined : { width, wanted: header.map((_, i) => columns.includes(i)) }
    for await (const { firstRow, records } of physicalRecords(plan, state, wanted)) {
      const count = records.length
      const batch: CellRow[] = []
      for (let r = firstRow <= headerRow ? headerRow - firstRow + 1 : 0; r < count; r++) {
        const cells = records[r] as string[]
        const length = cells.length
        // Stop trimming at the first non-blank cell: on a real row that is the first one.
        let filled = false
        for (let i = 0; i < length && !filled; i++) if ((cells[i] as string).trim() !== '') filled = true
        if (!filled) continue
        let last = length
        while (last > width && (cells[last - 1] as string).trim() === '') last--
        const row = firstRow + r
        if (state.invalidUtf8) checkEncoding(file, state, cells, row)
        if (last > width) {
          throw new InputError(file, `this row has ${last} cells but the header has ${width} columns (a stray delimiter or an unquoted value?)`, { row })
        }
        batch.push({ line: row, cells })
      }
      if (batch.length > 0) yield batch
    }
    if (state.invalidUtf8) throw new InputError(file, 'the file is not valid UTF-8 throughout: it mixes encodings; save it again as "CSV UTF-8"')
  }

  async function* rows(): AsyncGenerator<SourceRow> {
    for await (const batch of cellBatches()) {
      for (const { line, cells } of batch) {
        const values: Record<string, string> = {}
        for (let i = 0; i < header.length; i++) values[header[i] as string] = (cells[i] ?? '').trim()
        yield { line, values }
      }
    }
  }

  return { file, format: 'csv', details, columns: header, rows: { [Symbol.asyncIterator]: rows }, cellBatches: (columns) => ({ [Symbol.asyncIterator]: () => cellBatches(columns) }) }
}
