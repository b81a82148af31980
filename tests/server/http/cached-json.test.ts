import { describe, expect, it } from 'vitest'
import { createJsonCache } from '../../../server/http/cached-json'

describe('createJsonCache', () => {
  it('computes a body once per key and version, with a stable ETag', async () => {
    const cache = createJsonCache()
    let calls = 0
    const make = async () => `{"n":${++calls}}`
    const first = await cache.get('v1', 'a', make)
    expect(await cache.get('v1', 'a', make)).toEqual(first)
    expect(calls).toBe(1)
    expect(first.etag).toMatch(/^"[\w-]+"$/)
    expect((await cache.get('v2', 'a', make)).body).toBe('{"n":2}')
  })

  it('drops the least recently used bodies past its byte budget', async () => {
    const cache = createJsonCache(25)
    let calls = 0
    const make = (text: string) => async () => {
      calls++
      return text
    }
    await cache.get('v', 'a', make('aaaaaaaaaa'))
    await cache.get('v', 'b', make('bbbbbbbbbb'))
    await cache.get('v', 'a', make('aaaaaaaaaa')) // a is now the most recent
    await cache.get('v', 'c', make('cccccccccc')) // 30 bytes > 25: b goes
    expect(calls).toBe(3)
    await cache.get('v', 'a', make('aaaaaaaaaa'))
    expect(calls).toBe(3)
    await cache.get('v', 'b', make('bbbbbbbbbb'))
    expect(calls).toBe(4)
  })

  it('does not keep a failure', async () => {
    const cache = createJsonCache()
    await expect(cache.get('v', 'x', async () => Promise.reject(new Error('db down')))).rejects.toThrow('db down')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect((await cache.get('v', 'x', async () => '{}')).body).toBe('{}')
  })
})
