/**
 * A file's bytes in chunks read into two reused buffers. A stream allocates a new buffer for every
 * read: for a 150 MB export, thousands of external allocations that wake the garbage collector; here
 * the reader allocates nothing. The next chunk is read while the caller works on the current one (a
 * read waited for in turn left the import thread idle about 0.1 ms a chunk). Each chunk is valid until
 * the next one is asked for.
 */
import { open } from 'node:fs/promises'

/** Reads `path` in chunks of up to `size` bytes, each a view of one of two buffers. */
export async function* fileChunks(path: string, size: number): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r')
  const buffers = [Buffer.allocUnsafeSlow(size), Buffer.allocUnsafeSlow(size)] as const
  let pending: Promise<{ bytesRead: number }> | null = handle.read(buffers[0], 0, size, null)
  try {
    for (let turn = 0; ; turn = 1 - turn) {
      const { bytesRead } = await pending
      pending = null
      if (bytesRead === 0) return
      // The caller has asked for this chunk, so it is done with the other buffer: read ahead into it.
      pending = handle.read(buffers[1 - turn] as Buffer, 0, size, null)
      yield (buffers[turn] as Buffer).subarray(0, bytesRead)
    }
  } finally {
    // A read still running when the caller stops must end before the file is closed.
    await pending?.catch(() => undefined)
    await handle.close()
  }
}
