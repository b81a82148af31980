import { useEffect, useRef, useState } from 'react'

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
 * `atOnce` gives the result without waiting when it is already here (prefetched): the first render
 * then has it, and no load runs for that key.
 */
export function useAsync<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>, atOnce?: () => T | undefined): AsyncResult<T> {
  const [state, setState] = useState<{ key: string | null; value: AsyncState<T> }>(() => {
    const data = key === null ? undefined : atOnce?.()
    return data === undefined ? { key: null, value: LOADING } : { key, value: { status: 'ready', data, error: null } }
  })
  const [latest, setLatest] = useState<T | null>(() => (state.value.status === 'ready' ? state.value.data : null))
  // The key whose result the first render already had: its load is skipped.
  const readyAtOnce = useRef(state.key)

  useEffect(() => {
    if (key === null) return
    const hadItAtOnce = key === readyAtOnce.current
    readyAtOnce.current = null
    if (hadItAtOnce) return
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
