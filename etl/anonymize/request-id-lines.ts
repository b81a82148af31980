/**
 * Request lines are built before their ids: each starts with ID_PLACEHOLDER, and a chunk's ids are
 * written over it in one pass, here or in a worker thread (request-id-filler.ts), so that the keyed
 * hash, a third of an import's JavaScript, can run beside the rest.
 */
import { isAscii } from 'node:buffer'

/** What a request line starts with until its id is filled in: as wide as a UUID. */
export const ID_PLACEHOLDER = '00000000-0000-0000-0000-000000000000'

/**
 * Returns `text` as bytes with the start of its line i replaced by `hash(messages[i])`. The lines are
 * ASCII (ids, tokens and numbers only), so characters and bytes coincide; anything else is a bug.
 */
export function fillRequestIds(text: string, messages: readonly string[], hash: (message: string) => string): Uint8Array<ArrayBuffer> {
  const out = Buffer.allocUnsafeSlow(text.length)
  out.write(text, 0, 'latin1')
  if (!isAscii(out)) throw new Error('request lines must be ASCII before their ids are filled in')
  let start = 0
  for (const message of messages) {
    if (start >= out.length) throw new Error(`${messages.length} ids for fewer request lines`)
    out.write(hash(message), start, ID_PLACEHOLDER.length, 'latin1')
    start = out.indexOf(10, start + ID_PLACEHOLDER.length) + 1
    if (start === 0) throw new Error('a request line has no end')
  }
  if (start !== out.length) throw new Error(`${messages.length} ids for more request lines`)
  return out
}
