import { describe, expect, it } from 'vitest'
import type { Database } from '../../core/db/database'
import { dataVersionReader } from '../../server/data-version'

/** A database whose version query answers what `versions` holds, counting the queries. */
function fakeDatabase(versions: string[], delayMs = 0): Database & { queries: number } {
  const db = {
    kind: 'pglite' as const,
    queries: 0,
    async query<T>() {
      db.queries++
      await new Promise((resolve) => setTimeout(resolve, delayMs))
      const v = versions.shift()
      if (v === 'fail') throw new Error('database down')
      return [{ v }] as T[]
    },
    exec: async () => undefined,
    copyCsv: async () => 0,
    copyBinary: async () => 0,
    transaction: async () => {
      throw new Error('not used')
    },
    close: async () => undefined,
  }
  return db
}

describe('dataVersionReader', () => {
  it('reads once for concurrent first callers', async () => {
    const db = fakeDatabase(['1:1'], 5)
    const read = dataVersionReader(db, 1000)
    expect(await Promise.all([read(), read(), read()])).toEqual(['1:1', '1:1', '1:1'])
    expect(db.queries).toBe(1)
  })

  it('answers the known version at once past the TTL and refreshes in the background', async () => {
    const db = fakeDatabase(['1:1', '2:2'], 5)
    const read = dataVersionReader(db, 1)
    expect(await read()).toBe('1:1')
    await new Promise((resolve) => setTimeout(resolve, 3))
    expect(await read()).toBe('1:1') // served without waiting; the refresh runs
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(await read()).toBe('2:2')
  })

  it('keeps the known version when a refresh fails, and tries again later', async () => {
    const db = fakeDatabase(['1:1', 'fail', '3:3'])
    const read = dataVersionReader(db, 1)
    expect(await read()).toBe('1:1')
    await new Promise((resolve) => setTimeout(resolve, 3))
    expect(await read()).toBe('1:1')
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(await read()).toBe('1:1')
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(await read()).toBe('3:3')
  })

  it('reads on every call with a TTL of 0', async () => {
    const db = fakeDatabase(['1:1', '2:2'])
    const read = dataVersionReader(db, 0)
    expect(await read()).toBe('1:1')
    expect(await read()).toBe('2:2')
  })

  it('fails the first read when the database does not answer, then recovers', async () => {
    const db = fakeDatabase(['fail', '4:4'])
    const read = dataVersionReader(db, 1000)
    await expect(read()).rejects.toThrow('database down')
    expect(await read()).toBe('4:4')
  })
})
