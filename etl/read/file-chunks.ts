/**
 * A file's bytes in chunks read into one reused buffer. A stream allocates a new buffer for every read:
 * for a 150 MB export, thousands of external allocations that wake the garbage collector; here the
 * reader allocates nothing. Each chunk is valid until the next one is asked for.
 */
import { open } from 'node:fs/promises'

/** Reads `path` in chunks of up to `size` bytes, each a view of the same buffer. */
export async function* fileChunks(path: string, size: number): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.allocUnsafeSlow(size)
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, size, null)
      if (bytesRead === 0) return
      yield buffer.subarray(0, bytesRead)
    }
  } finally {
    await handle.close()
  }
}
