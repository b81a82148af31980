// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useAsync } from '../../../client/src/data/use-async'

afterEach(cleanup)

describe('useAsync', () => {
  it('loads the key and exposes the result', async () => {
    const load = vi.fn(async () => 'loaded')
    const { result } = renderHook(() => useAsync('a', load))
    expect(result.current.status).toBe('loading')
    await waitFor(() => expect(result.current.data).toBe('loaded'))
    expect(result.current.latest).toBe('loaded')
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('starts with a result that is already here, without loading it', () => {
    const load = vi.fn(async () => 'loaded')
    const { result } = renderHook(() => useAsync('a', load, () => 'prefetched'))
    expect(result.current).toMatchObject({ status: 'ready', data: 'prefetched', latest: 'prefetched' })
    expect(load).not.toHaveBeenCalled()
  })

  it('loads the next key as usual after a result that was already here', async () => {
    const load = vi.fn(async () => 'loaded')
    const { result, rerender } = renderHook(({ key }) => useAsync(key, load, () => 'prefetched'), { initialProps: { key: 'a' } })
    rerender({ key: 'b' })
    // The previous result stays on screen while the next one loads.
    expect(result.current).toMatchObject({ status: 'loading', latest: 'prefetched' })
    await waitFor(() => expect(result.current.data).toBe('loaded'))
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('loads when nothing is here yet', async () => {
    const load = vi.fn(async () => 'loaded')
    const { result } = renderHook(() => useAsync('a', load, () => undefined))
    expect(result.current.status).toBe('loading')
    await waitFor(() => expect(result.current.data).toBe('loaded'))
  })
})
