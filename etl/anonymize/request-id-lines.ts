/**
 * Request lines are built before their ids: each starts with ID_PLACEHOLDER, and a chunk's ids are
 * written over it in one pass, here or in a worker thread (request-id-filler.ts), so that the keyed
 * hash, a third of an import's JavaScript, can run beside the rest.
 */

/** What a request line starts with until its id is filled in: as wide as a UUID. */
export const ID_PLACEHOLDER = '00000000-0000-0000-0000-000000000000'

let scratch = Buffer.allocUnsafeSlow(1 << 16)

/**
 * A chunk of request lines and what their ids are the hashes of (requestIdMessage of each line),
 * end to end in one string with each one's length: one string crosses to a worker thread faster
 * than hundreds.
 */
export interface RequestIdChunk {
  text: string
  messages: string
  lengths: readonly number[]
}

/**
 * Returns the chunk's text with the start of its line i replaced by the id of its message i, which
 * `writeId` writes as 36 ASCII bytes (hmacSha256UuidInto). The lines are ASCII
 * (ids, tokens and numbers only), so they are rewritten as bytes in place; anything else is a bug.
 * The answer is a string, not the bytes: a worker that sent back a million rows as transferred
 * buffers made the import thread's garbage collector run for seconds (external memory).
 */
export function fillRequestIds({ text, messages, lengths }: RequestIdChunk, writeId: (message: string, out: Uint8Array, offset: number) => void): string {
  if (Buffer.byteLength(text, 'utf8') !== text.length) throw new Error('request lines must be ASCII before their ids are filled in')
  // One scratch buffer, grown when a chunk needs it: a chunk allocates nothing but its answer.
  if (scratch.length < text.length) scratch = Buffer.allocUnsafeSlow(Math.max(text.length, 2 * scratch.length))
  const out = scratch.subarray(0, text.length)
  out.write(text, 0, 'latin1')
  let start = 0
  let from = 0
  for (const length of lengths) {
    if (start >= out.length) throw new Error(`${lengths.length} ids for fewer request lines`)
    writeId(messages.slice(from, from + length), out, start)
    from += length
    start = out.indexOf(10, start + ID_PLACEHOLDER.length) + 1
    if (start === 0) throw new Error('a request line has no end')
  }
  if (start !== out.length) throw new Error(`${lengths.length} ids for more request lines`)
  if (from !== messages.length) throw new Error('the messages of a request chunk do not match their lengths')
  return out.toString('latin1')
}
