/**
 * Request lines are built before their ids: each starts with ID_PLACEHOLDER, and a chunk's ids are
 * written over it in one pass (etl/load/request-lines.ts), with the keyed hash writing its bytes in
 * place instead of a string per id.
 */

/** What a request line starts with until its id is filled in: as wide as a UUID. */
export const ID_PLACEHOLDER = '00000000-0000-0000-0000-000000000000'

let scratch = Buffer.allocUnsafeSlow(1 << 16)

/**
 * Returns `text`, request lines each starting with ID_PLACEHOLDER, with the start of its line i
 * replaced by the id of messages[i], which `writeId` writes as 36 ASCII bytes (hmacSha256UuidInto).
 * The lines are ASCII (ids, tokens and numbers only), so they are rewritten as bytes in place;
 * anything else is a bug. The answer is a string, not the bytes: a worker that sent back a million
 * rows as transferred buffers made the import thread's garbage collector run for seconds (external memory).
 */
export function fillRequestIds(text: string, messages: readonly string[], writeId: (message: string, out: Uint8Array, offset: number) => void): string {
  if (Buffer.byteLength(text, 'utf8') !== text.length) throw new Error('request lines must be ASCII before their ids are filled in')
  // One scratch buffer, grown when a chunk needs it: a chunk allocates nothing but its answer.
  if (scratch.length < text.length) scratch = Buffer.allocUnsafeSlow(Math.max(text.length, 2 * scratch.length))
  const out = scratch.subarray(0, text.length)
  out.write(text, 0, 'latin1')
  let start = 0
  for (const message of messages) {
    if (start >= out.length) throw new Error(`${messages.length} ids for fewer request lines`)
    writeId(message, out, start)
    start = out.indexOf(10, start + ID_PLACEHOLDER.length) + 1
    if (start === 0) throw new Error('a request line has no end')
  }
  if (start !== out.length) throw new Error(`${messages.length} ids for more request lines`)
  return out.toString('latin1')
}
