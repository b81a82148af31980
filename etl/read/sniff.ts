/** What the first bytes of a file say it is, before any reader trusts its extension. */
import { open, stat } from 'node:fs/promises'
import { InputError } from './types'

export const SAMPLE_BYTES = 64 * 1024

export type Magic = 'zip' | 'ole2' | 'png' | 'jpeg' | 'gif' | 'pdf' | 'gzip' | 'utf16le' | 'utf16be' | 'text' | 'binary'

const SIGNATURES: readonly (readonly [Magic, readonly number[]])[] = [
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['zip', [0x50, 0x4b, 0x05, 0x06]],
  ['ole2', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['pdf', [0x25, 0x50, 0x44, 0x46]],
  ['gzip', [0x1f, 0x8b]],
  ['utf16le', [0xff, 0xfe]],
  ['utf16be', [0xfe, 0xff]],
]

export const MAGIC_NAMES: Record<Magic, string> = {
  zip: 'a ZIP archive (an Excel .xlsx workbook or a zipped folder)',
  ole2: 'an old Excel 97-2003 workbook (.xls): save it as .xlsx or as CSV',
  png: 'a PNG image',
  jpeg: 'a JPEG image',
  gif: 'a GIF image',
  pdf: 'a PDF document',
  gzip: 'a gzip-compressed file',
  utf16le: 'UTF-16 text',
  utf16be: 'UTF-16 text',
  text: 'text',
  binary: 'binary data (it holds NUL or control bytes), not text',
}

/** Classifies a file from its first bytes. */
export function sniffBytes(sample: Uint8Array): Magic {
  for (const [magic, bytes] of SIGNATURES) {
    if (sample.length >= bytes.length && bytes.every((byte, i) => sample[i] === byte)) return magic
  }
  let control = 0
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i] as number
    if (byte === 0) return 'binary'
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0x1a) control++
  }
  return control > Math.max(8, sample.length / 100) ? 'binary' : 'text'
}

/** The first bytes of a file (up to `bytes`), after checking it exists, is a file and is not empty. */
export async function readSample(file: string, bytes = SAMPLE_BYTES): Promise<{ sample: Buffer; size: number }> {
  let size: number
  try {
    const info = await stat(file)
    if (info.isDirectory()) throw new InputError(file, 'this is a folder, not a file')
    size = info.size
  } catch (error) {
    if (error instanceof InputError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new InputError(file, 'file not found')
    if (code === 'EACCES') throw new InputError(file, 'permission denied: the file cannot be read')
    throw new InputError(file, `cannot read the file: ${(error as Error).message}`)
  }
  if (size === 0) throw new InputError(file, 'the file is empty (0 bytes)')
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(Math.min(bytes, size))
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    return { sample: buffer.subarray(0, bytesRead), size }
  } finally {
    await handle.close()
  }
}
