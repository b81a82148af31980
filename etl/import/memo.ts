/**
 * Remembers the results of a pure function of a string. An export repeats the same few hundred
 * category, outcome, date and place texts across a million rows: each is normalized once.
 */
export function memoize<T>(fn: (text: string) => T, maxEntries = 100_000): (text: string) => T {
  const cache = new Map<string, T>()
  // The last text and its value: a column often repeats the row before (a language, a date in a
  // file sorted by date), and comparing two strings is cheaper than hashing a fresh one.
  let lastText: string | undefined
  let lastValue: T | undefined
  return (text) => {
    if (text === lastText) return lastValue as T
    let value = cache.get(text)
    if (value === undefined && !cache.has(text)) {
      value = fn(text)
      // Past the bound, stop remembering rather than grow: memory stays constant on any file.
      if (cache.size < maxEntries) cache.set(text, value)
    }
    lastText = text
    lastValue = value
    return value as T
  }
}

/**
 * memoize for a function of two texts, in nested maps: a call builds no key, where joining the texts
 * cost a string per row and hashing it again.
 */
export function memoize2<T extends object>(fn: (a: string, b: string) => T, maxEntries = 100_000): (a: string, b: string) => T {
  const root = new Map<string, Map<string, T>>()
  let size = 0
  return (a, b) => {
    const inA = root.get(a)
    const hit = inA?.get(b)
    if (hit !== undefined) return hit
    const value = fn(a, b)
    // Past the bound, stop remembering rather than grow: memory stays constant on any file.
    if (size >= maxEntries) return value
    let level1 = inA
    if (!level1) root.set(a, (level1 = new Map()))
    level1.set(b, value)
    size++
    return value
  }
}

/**
 * memoize for a function of four texts, remembered in nested maps: a call builds no key, where
 * joining the texts cost a string per row and hashing it again.
 */
export function memoize4<T extends object>(fn: (a: string, b: string, c: string, d: string) => T, maxEntries = 100_000): (a: string, b: string, c: string, d: string) => T {
  const root = new Map<string, Map<string, Map<string, Map<string, T>>>>()
  let size = 0
  return (a, b, c, d) => {
    const inA = root.get(a)
    const inB = inA?.get(b)
    const inC = inB?.get(c)
    const hit = inC?.get(d)
    if (hit !== undefined) return hit
    const value = fn(a, b, c, d)
    // Past the bound, stop remembering rather than grow: memory stays constant on any file.
    if (size >= maxEntries) return value
    let level1 = inA
    if (!level1) root.set(a, (level1 = new Map()))
    let level2 = level1.get(b)
    if (!level2) level1.set(b, (level2 = new Map()))
    let level3 = level2.get(c)
    if (!level3) level2.set(c, (level3 = new Map()))
    level3.set(d, value)
    size++
    return value
  }
}
