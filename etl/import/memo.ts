/**
 * Remembers the results of a pure function of a string. An export repeats the same few hundred
 * category, outcome, date and place texts across a million rows: each is normalized once.
 */
export function memoize<T>(fn: (text: string) => T, maxEntries = 100_000): (text: string) => T {
  const cache = new Map<string, T>()
  return (text) => {
    const hit = cache.get(text)
    if (hit !== undefined || cache.has(text)) return hit as T
    const value = fn(text)
    // Past the bound, stop remembering rather than grow: memory stays constant on any file.
    if (cache.size < maxEntries) cache.set(text, value)
    return value
  }
}
