/**
 * Encodes an import's request batches (request-tuples.ts): in the calling thread for a small file, in a
 * worker thread for a large one, where building the binary COPY rows, hashing their ids and tallying
 * them run on the second core while the import thread reads and normalizes the next rows.
 */
import { Worker } from 'node:worker_threads'
import type { BinaryChunk } from '../../core/db/database'
import type { RequestBatch } from './request-batch'
import { RequestTupleWriter, type RequestEncoderSetup } from './request-tuples'

export interface RequestEncoder {
  /** The batch's binary COPY rows, ids filled in; answered in the order asked. */
  encode(batch: RequestBatch): BinaryChunk | Promise<BinaryChunk>
  /** The tally of every batch encoded since the last clear, as import_count CSV chunks. */
  tallyLines(): Promise<string[]>
  /** Forgets the tally (a new pass over the file). */
  clear(): Promise<void>
  /** Stops the worker, if any. */
  close(): Promise<void>
}

/** A call to the worker thread. */
export type EncoderCall = { op: 'encode'; batch: RequestBatch } | { op: 'tally' } | { op: 'clear' }

/** Encodes in the calling thread. */
export function inlineEncoder(setup: RequestEncoderSetup): RequestEncoder {
  const writer = new RequestTupleWriter(setup)
  return {
    encode: (batch) => writer.tuples(batch),
    tallyLines: async () => [...writer.tally.lines()],
    clear: async () => writer.tally.clear(),
    close: async () => undefined,
  }
}

/**
 * Encodes in a worker thread. The worker loads the TypeScript sources through tsx's loader, registered
 * in the worker itself, so it starts the same under `tsx`, `node --import tsx` and the test runner.
 * Calls are answered in order, so a clear or a tally sees exactly the batches sent before it.
 */
export function workerEncoder(setup: RequestEncoderSetup): RequestEncoder {
  const tsx = import.meta.resolve('tsx/esm/api')
  const entry = new URL('./request-encoder-worker.ts', import.meta.url).href
  const start = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}) })`
  const worker = new Worker(start, { eval: true, execArgv: [], workerData: setup })
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>()
  let nextSeq = 0
  let failure: Error | null = null
  const failAll = (error: Error) => {
    failure ??= error
    for (const { reject } of pending.values()) reject(failure)
    pending.clear()
  }
  worker.on('message', ({ seq, value, error }: { seq: number; value?: unknown; error?: string }) => {
    const waiting = pending.get(seq)
    pending.delete(seq)
    if (error !== undefined) waiting?.reject(new Error(`request encoder worker: ${error}`))
    else waiting?.resolve(value)
  })
  worker.on('error', (error) => failAll(new Error(`request encoder worker: ${error.message}`)))
  worker.on('exit', (code) => failAll(new Error(`request encoder worker exited with code ${code}`)))
  const call = <T>(message: EncoderCall): Promise<T> => {
    if (failure) return Promise.reject(failure)
    const seq = nextSeq++
    return new Promise<T>((resolve, reject) => {
      pending.set(seq, { resolve: resolve as (value: unknown) => void, reject })
      worker.postMessage({ seq, call: message })
    })
  }
  return {
    encode: (batch) => call<BinaryChunk>({ op: 'encode', batch }),
    tallyLines: () => call<string[]>({ op: 'tally' }),
    clear: () => call<void>({ op: 'clear' }),
    async close() {
      failure ??= new Error('request encoder worker closed')
      await worker.terminate()
    },
  }
}
