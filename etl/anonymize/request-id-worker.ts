/** Worker thread of request-id-filler.ts: fills in the ids of the request chunks it is sent. */
import { parentPort, workerData } from 'node:worker_threads'
import { hmacSha256UuidInto } from './hmac-sha256'
import { fillRequestIds, type RequestIdChunk } from './request-id-lines'

const hash = hmacSha256UuidInto((workerData as { secret: string }).secret)
parentPort?.on('message', ({ seq, chunk }: { seq: number; chunk: RequestIdChunk }) => {
  try {
    const out = fillRequestIds(chunk, hash)
    parentPort?.postMessage({ seq, out })
  } catch (error) {
    parentPort?.postMessage({ seq, error: String(error) })
  }
})
