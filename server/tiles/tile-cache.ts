/**
 * A least-recently-used cache of encoded tiles, bounded in bytes, that forgets everything when the data
 * version changes: a map pans over the same tiles again and again, and tiles only change with imports.
 */

export interface TileCache<T> {
  /** The value for `key` at `version`, made by `make` on a miss; concurrent misses share one `make`. */
  get(version: string, key: string, make: () => Promise<T>): Promise<T>
  /** Bytes held by the finished entries. */
  readonly bytes: number
}

export function createTileCache<T>(maxBytes: number, sizeOf: (value: T) => number): TileCache<T> {
  let currentVersion = ''
  let bytes = 0
  const entries = new Map<string, Promise<T>>()
  const sizes = new Map<string, number>()

  function forget(key: string): void {
    entries.delete(key)
    bytes -= sizes.get(key) ?? 0
    sizes.delete(key)
  }

  function evict(): void {
    // Oldest first; entries still being made have no size yet and stay.
    for (const key of entries.keys()) {
      if (bytes <= maxBytes) return
      if (sizes.has(key)) forget(key)
    }
  }

  return {
    get(version, key, make) {
      if (version !== currentVersion) {
        entries.clear()
        sizes.clear()
        bytes = 0
        currentVersion = version
      }
      const hit = entries.get(key)
      if (hit) {
        // Re-inserting moves the key to the young end of the map's order.
        entries.delete(key)
        entries.set(key, hit)
        return hit
      }
      const made = make()
      entries.set(key, made)
      made.then(
        (value) => {
          if (entries.get(key) !== made) return
          const size = sizeOf(value)
          sizes.set(key, size)
          bytes += size
          evict()
        },
        () => {
          if (entries.get(key) === made) forget(key)
        },
      )
      return made
    },
    get bytes() {
      return bytes
    },
  }
}
