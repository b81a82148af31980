/** Worker thread of request-encoder.ts: encodes the batches it is sent, and answers its tally. */
import { parentPort, workerData } from 'node:worker_threads'
import { RequestLineWriter, type RequestEncoderSetup } from './request-lines'
import type { EncoderCall } from './request-encoder'

const writer = new RequestLineWriter(workerData as RequestEncoderSetup)

function answer(call: EncoderCall): string | string[] | null {
  if (call.op === 'encode') return writer.lines(call.batch)
  if (call.op === 'tally') return [...writer.tally.lines()]
  writer.tally.clear()
  return null
}

parentPort?.on('message', ({ seq, call }: { seq: number; call: EncoderCall }) => {
  try {
    parentPort?.postMessage({ seq, value: answer(call) })
  } catch (error) {
    parentPort?.postMessage({ seq, error: String(error) })
  }
})
