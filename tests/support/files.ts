/** Writes test input files into a private temporary folder. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface TempFiles {
  dir: string
  /** Writes `content` (text as UTF-8 unless a Buffer) to `name`; returns its path. */
  write(name: string, content: string | Buffer): string
  path(name: string): string
  remove(): void
}

export function tempFiles(): TempFiles {
  const dir = mkdtempSync(join(tmpdir(), 'lacunes-files-'))
  return {
    dir,
    write(name, content) {
      const path = join(dir, name)
      writeFileSync(path, content)
      return path
    },
    path: (name) => join(dir, name),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
}

/** Encodes text as Windows-1252, the way Excel saves "CSV" on a French Windows. */
export function windows1252(text: string): Buffer {
  const table: Record<string, number> = { '€': 0x80, '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, 'œ': 0x9c, 'Œ': 0x8c }
  return Buffer.from([...text].map((char) => table[char] ?? (char.charCodeAt(0) <= 0xff ? char.charCodeAt(0) : 0x3f)))
}
