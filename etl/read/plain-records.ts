/**
 * Splits CSV text without quotes into records, making strings only of the cells a caller wants.
 *
 * Why: an export's rows carry columns an import drops (a requester's name, phone, e-mail, notes).
 * papaparse makes a string of every cell; on a million-row 2-1-1 file with four such columns this
 * path costs the import thread about half of papaparse's time (docs/ETL.md). It applies only where
 * a quote cannot change the split (text with no `"`) and every CR is part of a CRLF; the reader
 * takes papaparse for any other text.
 *
 * Records match papaparse's on the same text: one per LF; a CR before the LF is dropped (values are
 * trimmed anyway). Cells not wanted are '', except the first: a row is split this way only when it
 * starts with a printable character, so its first cell shows the row is not blank (a row of personal
 * data alone must be rejected, not skipped as blank). A row whose first character is blank or a
 * delimiter, or that has cells past `width`, is split whole, as papaparse would.
 */

/** The records of `text` from its start, and where the unfinished last one starts (text.length when none). */
export interface PlainRecords {
  records: string[][]
  cursor: number
}

/** Whether `text` can be split by splitPlainRecords: no quote, and no CR outside a CRLF. */
export function isPlainText(text: string): boolean {
  if (text.indexOf('"') !== -1) return false
  for (let at = text.indexOf('\r'); at !== -1; at = text.indexOf('\r', at + 1)) {
    if (text.charCodeAt(at + 1) !== 10 && at + 1 < text.length) return false
  }
  return true
}

/** The cells of one line, every one of them (a line past the header's width or possibly blank). */
function wholeLine(text: string, start: number, end: number, delimiter: string): string[] {
  return text.slice(start, end).split(delimiter)
}

/**
 * Splits `text` (plain, see isPlainText; starting at a record boundary) into records of `width` cells
 * where only the cells whose `wanted` flag is set are read. Without `final`, the text after the last
 * LF is left for the next call (`cursor`).
 */
export function splitPlainRecords(text: string, delimiter: string, width: number, wanted: readonly boolean[], final: boolean): PlainRecords {
  const delim = delimiter.charCodeAt(0)
  const stop = final ? text.length : text.lastIndexOf('\n') + 1
  const records: string[][] = []
  let start = 0
  while (start < stop) {
    let lf = text.indexOf('\n', start)
    if (lf === -1 || lf >= stop) lf = stop
    let end = lf
    if (end > start && text.charCodeAt(end - 1) === 13) end--
    const first = start < end ? text.charCodeAt(start) : -1
    // A line whose first character is printable ASCII and not the delimiter is not blank.
    if (first <= 32 || first >= 127 || first === delim) {
      records.push(wholeLine(text, start, end, delimiter))
    } else {
      const cells: string[] = []
      let column = 0
      let from = start
      for (;;) {
        let next = text.indexOf(delimiter, from)
        if (next === -1 || next > end) next = end
        cells.push(column === 0 || wanted[column] === true ? text.slice(from, next) : '')
        column++
        if (next === end || column === width) {
          from = next
          break
        }
        from = next + 1
      }
      if (from < end) records.push(wholeLine(text, start, end, delimiter))
      else {
        for (; column < width; column++) cells.push('')
        records.push(cells)
      }
    }
    start = lf + 1
  }
  // papaparse gives a final text ending with LF one more record, empty: blank, so skipped anyway.
  return { records, cursor: stop }
}
