/** Worker thread of request-encoder.ts: encodes the batches it is sent, and answers its tally. */
import { parentPort, workerData } from 'node:worker_threads'
import type { BinaryChunk } from '../../core/db/database'
import { RequestTupleWriter, type RequestEncoderSetup } from './request-tuples'
import type { EncoderCall } from './request-encoder'

const writer = new RequestTupleWriter(workerData as RequestEncoderSetup)

function answer(call: EncoderCall): BinaryChunk | string[] | null {
  if (call.op === 'encode') return writer.tuples(call.batch)
  if (call.op === 'tally') return [...writer.tally.lines()]
  writer.tally.clear()
  return null
}

parentPort?.on('message', ({ seq, call }: { seq: number; call: EncoderCall }) => {
  try {
    const value = answer(call)
    // Rows are moved, not copied: each batch's answer has an ArrayBuffer of its own.
    parentPort?.postMessage({ seq, value }, value instanceof Uint8Array ? [value.buffer] : [])
  } catch (error) {
    parentPort?.postMessage({ seq, error: String(error) })
  }
})
