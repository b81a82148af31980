/** Receives one uploaded file (multipart/form-data) into a private temporary folder, with a size limit. */
import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import busboy from 'busboy'
import type { Request } from 'express'
import { HttpError } from './errors'

export interface Upload {
  path: string
  /** The name the client gave the file, reduced to a safe base name. */
  filename: string
  fields: Record<string, string>
  /** Removes the temporary copy. */
  cleanup(): Promise<void>
}

/** Reads the request's single `file` part and its text fields. */
export async function receiveUpload(req: Request, maxBytes: number): Promise<Upload> {
  if (!req.is('multipart/form-data')) throw new HttpError(415, 'unsupported_media_type', 'send the file as multipart/form-data with a "file" part')
  const dir = await mkdtemp(join(tmpdir(), 'lacunes-upload-'))
  const cleanup = () => rm(dir, { recursive: true, force: true })
  try {
    return await new Promise<Upload>((resolve, reject) => {
      const fields: Record<string, string> = {}
      let saved: Promise<{ path: string; filename: string }> | null = null
      let parser: busboy.Busboy
      try {
        parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes, fields: 30, fieldSize: 64 * 1024 } })
      } catch {
        reject(new HttpError(400, 'bad_request', 'malformed multipart body'))
        return
      }
      parser.on('field', (name, value) => {
        fields[name] = value
      })
      parser.on('file', (name, stream, info) => {
        if (name !== 'file') {
          stream.resume()
          return
        }
        const filename = basename(info.filename || 'upload').replace(/[^\p{L}\p{N}._ -]/gu, '_').slice(0, 120) || 'upload'
        const path = join(dir, filename)
        stream.on('limit', () => reject(new HttpError(413, 'too_large', `the file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`)))
        saved = pipeline(stream, createWriteStream(path)).then(() => ({ path, filename }))
      })
      parser.on('error', () => reject(new HttpError(400, 'bad_request', 'malformed multipart body')))
      parser.on('close', () => {
        if (!saved) {
          reject(new HttpError(400, 'invalid_parameter', 'file: no "file" part in the upload'))
          return
        }
        saved.then((file) => resolve({ ...file, fields, cleanup }), reject)
      })
      req.pipe(parser)
    })
  } catch (error) {
    await cleanup()
    throw error
  }
}
