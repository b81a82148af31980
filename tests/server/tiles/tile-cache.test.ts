import { describe, expect, it } from 'vitest'
import { createTileCache } from '../../../server/tiles/tile-cache'

const sized = (text: string) => text.length

describe('createTileCache', () => {
  it('makes a value once, even for concurrent misses', async () => {
    const cache = createTileCache<string>(100, sized)
    let made = 0
    const make = async () => {
      made++
      return 'abc'
    }
    const values = await Promise.all([cache.get('v1', 'k', make), cache.get('v1', 'k', make)])
    expect(values).toEqual(['abc', 'abc'])
    expect(await cache.get('v1', 'k', make)).toBe('abc')
    expect(made).toBe(1)
    expect(cache.bytes).toBe(3)
  })

  it('evicts the least recently used entries past its byte budget', async () => {
    const cache = createTileCache<string>(10, sized)
    const made: string[] = []
    const make = (key: string) => async () => {
      made.push(key)
      return key.repeat(4)
    }
    await cache.get('v', 'a', make('a'))
    await cache.get('v', 'b', make('b'))
    await cache.get('v', 'a', make('a')) // a is now the most recent
    await cache.get('v', 'c', make('c')) // 12 bytes: b goes
    expect(cache.bytes).toBe(8)
    await cache.get('v', 'a', make('a'))
    await cache.get('v', 'b', make('b'))
    expect(made).toEqual(['a', 'b', 'c', 'b'])
  })

  it('forgets everything when the data version changes', async () => {
    const cache = createTileCache<string>(100, sized)
    await cache.get('v1', 'k', async () => 'old')
    expect(await cache.get('v2', 'k', async () => 'new')).toBe('new')
    expect(cache.bytes).toBe(3)
  })

  it('does not keep a failure: the next call tries again', async () => {
    const cache = createTileCache<string>(100, sized)
    await expect(cache.get('v', 'k', async () => Promise.reject(new Error('database down')))).rejects.toThrow('database down')
    expect(await cache.get('v', 'k', async () => 'ok')).toBe('ok')
  })
})
