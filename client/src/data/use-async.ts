import { useEffect, useState } from 'react'

export type AsyncState<T> =
  | { status: 'loading'; data: null; error: null }
  | { status: 'ready'; data: T; error: null }
  | { status: 'error'; data: null; error: Error }

export type AsyncResult<T> = AsyncState<T> & {
  /** The last successful result, possibly of an earlier key: lets a map keep its colours while the next load runs. */
  latest: T | null
}

const LOADING = { status: 'loading', data: null, error: null } as const

/**
 * Runs a load whenever `key` changes and exposes its result. A stale answer (for a key the user
 * has since left) is dropped and its request aborted, so a fast category switch can never paint
 * an older category's numbers. `key` must identify everything the load depends on; null waits.
 */
export function useAsync<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): AsyncResult<T> {
  const [state, setState] = useState<{ key: string | null; value: AsyncState<T> }>({ key: null, value: LOADING })
  const [latest, setLatest] = useState<T | null>(null)

  useEffect(() => {
    if (key === null) return
    const controller = new AbortController()
    load(controller.signal).then(
      (data) => {
        if (controller.signal.aborted) return
        setState({ key, value: { status: 'ready', data, error: null } })
        setLatest(() => data)
      },
      (error: unknown) => {
        if (controller.signal.aborted) return
        const value = { status: 'error', data: null, error: error instanceof Error ? error : new Error(String(error)) } as const
        setState({ key, value })
      },
    )
    return () => controller.abort()
    // `load` is deliberately not a dependency: `key` names what it loads.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  const current = state.key === key ? state.value : LOADING
  return { ...current, latest }
}
