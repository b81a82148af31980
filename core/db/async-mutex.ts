/** A first-come first-served lock: PGlite is one connection, so work on it must take turns. */
export class AsyncMutex {
  private tail: Promise<void> = Promise.resolve()

  /** Runs `fn` once every earlier holder has finished, whether they succeeded or failed. */
  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn)
    this.tail = result.then(
      () => undefined,
      () => undefined,
    )
    return result
  }
}
