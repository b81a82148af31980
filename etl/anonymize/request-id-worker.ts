/** Worker thread of request-id-filler.ts: fills in the ids of the request chunks it is sent. */
import { parentPort, workerData } from 'node:worker_threads'
import { hmacSha256Uuid } from './hmac-sha256'
import { fillRequestIds } from './request-id-lines'

const hash = hmacSha256Uuid((workerData as { secret: string }).secret)
parentPort?.on('message', ({ seq, text, messages }: { seq: number; text: string; messages: string[] }) => {
  try {
    const out = fillRequestIds(text, messages, hash)
    parentPort?.postMessage({ seq, out })
  } catch (error) {
    parentPort?.postMessage({ seq, error: String(error) })
  }
})
