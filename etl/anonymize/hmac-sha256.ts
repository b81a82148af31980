/**
 * HMAC-SHA-256 of short messages, in JavaScript, with the key's inner and outer states computed once.
 * node:crypto's createHmac costs about 3.5 µs a call (a native object per call, the key padded and
 * hashed again each time); here a message of up to 55 UTF-8 bytes costs two SHA-256 compressions and
 * no allocation. The output is exactly HMAC-SHA-256 (checked against node:crypto in
 * tests/etl/anonymize/hmac-sha256.test.ts), so ids stay those of earlier imports.
 */
import { createHash, createHmac } from 'node:crypto'

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3,
  0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
])
const INITIAL = new Int32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19])

/** Runs the SHA-256 compression of the 16 words `w[0..15]` into `state` (w is used as the schedule). */
function compress(state: Int32Array, w: Int32Array): void {
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15] as number
    const y = w[i - 2] as number
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3)
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10)
    w[i] = ((w[i - 16] as number) + s0 + (w[i - 7] as number) + s1) | 0
  }
  let a = state[0] as number
  let b = state[1] as number
  let c = state[2] as number
  let d = state[3] as number
  let e = state[4] as number
  let f = state[5] as number
  let g = state[6] as number
  let h = state[7] as number
  for (let i = 0; i < 64; i++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + (K[i] as number) + (w[i] as number)) | 0
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0
    h = g
    g = f
    f = e
    e = (d + t1) | 0
    d = c
    c = b
    b = a
    a = (t1 + t2) | 0
  }
  state[0] = ((state[0] as number) + a) | 0
  state[1] = ((state[1] as number) + b) | 0
  state[2] = ((state[2] as number) + c) | 0
  state[3] = ((state[3] as number) + d) | 0
  state[4] = ((state[4] as number) + e) | 0
  state[5] = ((state[5] as number) + f) | 0
  state[6] = ((state[6] as number) + g) | 0
  state[7] = ((state[7] as number) + h) | 0
}

/** The SHA-256 state after one 64-byte block. */
function stateAfter(block: Uint8Array): Int32Array {
  const state = INITIAL.slice()
  const w = new Int32Array(64)
  for (let i = 0; i < 16; i++) w[i] = ((block[4 * i] as number) << 24) | ((block[4 * i + 1] as number) << 16) | ((block[4 * i + 2] as number) << 8) | (block[4 * i + 3] as number)
  compress(state, w)
  return state
}

/** What hmacState answers: digests leave the HMAC in `state` and answer true, or false when the message is too long. */
interface HmacState {
  state: Int32Array
  /** Any message of up to 55 UTF-8 bytes. */
  digest: (message: string) => boolean
  /** The message `text.slice(from, from + length) + suffix`, when it is ASCII (false otherwise), built into the block without a string. */
  digestJoined: (text: string, from: number, length: number, suffix: string) => boolean
}

/** The HMAC-SHA-256 state of `key` for messages of up to 55 UTF-8 bytes (one SHA-256 block with the padding). */
function hmacState(key: string): HmacState {
  let keyBytes = Buffer.from(key, 'utf8')
  if (keyBytes.length > 64) keyBytes = createHash('sha256').update(keyBytes).digest()
  const inner = new Uint8Array(64).fill(0x36)
  const outer = new Uint8Array(64).fill(0x5c)
  for (let i = 0; i < keyBytes.length; i++) {
    inner[i] = (inner[i] as number) ^ (keyBytes[i] as number)
    outer[i] = (outer[i] as number) ^ (keyBytes[i] as number)
  }
  const innerState = stateAfter(inner)
  const outerState = stateAfter(outer)
  const state = new Int32Array(8)
  const w = new Int32Array(64)
  const bytes = new Uint8Array(64)
  const encoder = new TextEncoder()

  /** With the message's `length` bytes in w[0..15] (the rest zero), pads them and runs both hashes. */
  const finish = (length: number): void => {
    w[length >> 2] = (w[length >> 2] as number) | (0x80 << (24 - ((length & 3) << 3)))
    // Bit length of ipad block + message, big-endian in the last 8 bytes (never above 2^32 here).
    w[15] = (64 + length) * 8
    state.set(innerState)
    compress(state, w)
    // Outer hash: opad block (precomputed) + the 32-byte inner digest, padded; 768 bits in all.
    for (let i = 0; i < 8; i++) w[i] = state[i] as number
    w[8] = 0x80000000
    for (let i = 9; i < 15; i++) w[i] = 0
    w[15] = 768
    state.set(outerState)
    compress(state, w)
  }

  const digestJoined = (text: string, from: number, length: number, suffix: string): boolean => {
    const total = length + suffix.length
    if (total > 55) return false
    w.fill(0, 0, 16)
    // ASCII characters are the message's bytes: four to a big-endian word.
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(from + i)
      if (code > 127) return false
      w[i >> 2] = (w[i >> 2] as number) | (code << (24 - ((i & 3) << 3)))
    }
    for (let k = 0, i = length; k < suffix.length; k++, i++) {
      const code = suffix.charCodeAt(k)
      if (code > 127) return false
      w[i >> 2] = (w[i >> 2] as number) | (code << (24 - ((i & 3) << 3)))
    }
    finish(total)
    return true
  }

  const digest = (message: string): boolean => {
    if (digestJoined(message, 0, message.length, '')) return true
    if (message.length > 55) return false
    // Not ASCII: its UTF-8 bytes, when they fit in one block.
    const { read, written } = encoder.encodeInto(message, bytes.subarray(0, 55))
    if (read !== message.length) return false
    bytes.fill(0, written, 64)
    for (let i = 0; i < 16; i++) w[i] = ((bytes[4 * i] as number) << 24) | ((bytes[4 * i + 1] as number) << 16) | ((bytes[4 * i + 2] as number) << 8) | (bytes[4 * i + 3] as number)
    finish(written)
    return true
  }
  return { state, digest, digestJoined }
}

/** Writes the first 16 bytes of the HMAC in `state` into `out` at `offset`. */
function writePrefix(state: Int32Array, out: Uint8Array, offset: number): void {
  for (let i = 0; i < 4; i++) {
    const word = state[i] as number
    out[offset + 4 * i] = word >>> 24
    out[offset + 4 * i + 1] = (word >>> 16) & 255
    out[offset + 4 * i + 2] = (word >>> 8) & 255
    out[offset + 4 * i + 3] = word & 255
  }
}

/**
 * A function writing the first 128 bits of HMAC-SHA-256(key, message), a request id's 16 bytes (its
 * UUID), into `out` at `offset`, for any message (longer ones go through node:crypto). Bytes, not a
 * string: they go as they are into a binary COPY's uuid field.
 */
export function hmacSha256PrefixInto(key: string): (message: string, out: Uint8Array, offset: number) => void {
  return prefixWriter(key, hmacState(key))
}

/** hmacSha256PrefixInto over a state already made for `key`. */
function prefixWriter(key: string, { state, digest }: HmacState): (message: string, out: Uint8Array, offset: number) => void {
  return (message, out, offset) => {
    if (digest(message)) writePrefix(state, out, offset)
    else out.set(createHmac('sha256', key).update(message).digest().subarray(0, 16), offset)
  }
}

/**
 * hmacSha256PrefixInto for the message `text.slice(from, from + length) + suffix`, without making
 * that string when it is ASCII: a request id hashes a source id cut from a batch's identities and its
 * category (source-hash.ts), a million times an import.
 */
export function hmacSha256PrefixOfJoinedInto(key: string): (text: string, from: number, length: number, suffix: string, out: Uint8Array, offset: number) => void {
  const hmac = hmacState(key)
  const any = prefixWriter(key, hmac)
  return (text, from, length, suffix, out, offset) => {
    if (hmac.digestJoined(text, from, length, suffix)) writePrefix(hmac.state, out, offset)
    else any(text.slice(from, from + length) + suffix, out, offset)
  }
}
