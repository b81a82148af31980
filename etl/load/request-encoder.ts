/**
 * Encodes an import's request batches (request-tuples.ts): in the calling thread for a small file, in a
 * worker thread for a large one, where building the binary COPY rows, hashing their ids and tallying
 * them run on the second core while the import thread reads and normalizes the next rows.
 */
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { build } from 'esbuild'
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

/** The worker's code: its TypeScript sources bundled into one script, once per process. */
let workerScript: Promise<string> | null = null

/**
 * The worker runs one script that esbuild bundles from the sources (about 0.1 s, in esbuild's own
 * process), not the sources through tsx's loader: that made the worker take about 0.35 s of CPU to
 * start, on the import's critical path. The script is the same under `tsx`, `node --import tsx` and
 * the test runner. Call this early (an import does, before it opens its file and transaction) so
 * the bundle is ready when workerEncoder needs it.
 */
export function encoderWorkerScript(): Promise<string> {
  workerScript ??= build({
    entryPoints: [fileURLToPath(new URL('./request-encoder-worker.ts', import.meta.url))],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'silent',
  }).then((result) => {
    const text = result.outputFiles[0]?.text
    if (!text) throw new Error('request encoder worker: esbuild produced no script')
    return text
  })
  // A failed bundle is not remembered: the next import tries again.
  workerScript.catch(() => (workerScript = null))
  return workerScript
}

/**
 * Encodes in a worker thread. Calls are answered in order, so a clear or a tally sees exactly the
 * batches sent before it.
 */
export async function workerEncoder(setup: RequestEncoderSetup): Promise<RequestEncoder> {
  const worker = new Worker(await encoderWorkerScript(), { eval: true, execArgv: [], workerData: setup })
  /** Whether a batch went to the worker since its tally was last cleared (else there is nothing to clear). */
  let encodedSinceClear = false
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
    encode(batch) {
      encodedSinceClear = true
      return call<BinaryChunk>({ op: 'encode', batch })
    },
    tallyLines: () => call<string[]>({ op: 'tally' }),
    // A pass that starts before the worker is up must not wait for it when there is nothing to clear.
    async clear() {
      if (failure) throw failure
      if (!encodedSinceClear) return
      // Reset before the answer: a batch sent meanwhile reaches the worker after the clear, and counts.
      encodedSinceClear = false
      await call<void>({ op: 'clear' })
    },
    async close() {
      failure ??= new Error('request encoder worker closed')
      await worker.terminate()
    },
  }
}
