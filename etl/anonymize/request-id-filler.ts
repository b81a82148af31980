/**
 * Fills in the ids of request chunks (request-id-lines.ts): in the calling thread for a small file,
 * in a worker thread for a large one, where the hash runs on the second core while the import thread
 * reads and normalizes the next rows.
 */
import { Worker } from 'node:worker_threads'
import { hmacSha256UuidInto } from './hmac-sha256'
import { fillRequestIds, type RequestIdChunk } from './request-id-lines'

export interface RequestIdFiller {
  /** The chunk's lines with their ids. */
  fill(chunk: RequestIdChunk): string | Promise<string>
  /** Stops the worker, if any. */
  close(): Promise<void>
}

/** Hashes in the calling thread. */
export function inlineFiller(secret: string): RequestIdFiller {
  const hash = hmacSha256UuidInto(secret)
  return { fill: (chunk) => fillRequestIds(chunk, hash), close: async () => undefined }
}

/**
 * Hashes in a worker thread. The worker loads the TypeScript sources through tsx's loader, registered
 * in the worker itself, so it starts the same under `tsx`, `node --import tsx` and the test runner.
 */
export function workerFiller(secret: string): RequestIdFiller {
  const tsx = import.meta.resolve('tsx/esm/api')
  const entry = new URL('./request-id-worker.ts', import.meta.url).href
  const start = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}) })`
  const worker = new Worker(start, { eval: true, execArgv: [], workerData: { secret } })
  const pending = new Map<number, { resolve: (out: string) => void; reject: (error: Error) => void }>()
  let nextSeq = 0
  let failure: Error | null = null
  const failAll = (error: Error) => {
    failure ??= error
    for (const { reject } of pending.values()) reject(failure)
    pending.clear()
  }
  worker.on('message', ({ seq, out, error }: { seq: number; out?: string; error?: string }) => {
    const waiting = pending.get(seq)
    pending.delete(seq)
    if (error !== undefined || !out) waiting?.reject(new Error(`request id worker: ${error ?? 'no answer'}`))
    else waiting?.resolve(out)
  })
  worker.on('error', (error) => failAll(new Error(`request id worker: ${error.message}`)))
  worker.on('exit', (code) => failAll(new Error(`request id worker exited with code ${code}`)))
  return {
    fill(chunk) {
      if (failure) return Promise.reject(failure)
      const seq = nextSeq++
      return new Promise((resolve, reject) => {
        pending.set(seq, { resolve, reject })
        worker.postMessage({ seq, chunk })
      })
    },
    async close() {
      failure ??= new Error('request id worker closed')
      await worker.terminate()
    },
  }
}
