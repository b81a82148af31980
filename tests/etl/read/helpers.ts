import { tempFiles } from '../../support/files'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { SourceRow, TableSource } from '../../../etl/read/types'

export const FIXTURES = fileURLToPath(new URL('../../fixtures/read/', import.meta.url))

export function fixture(name: string): string {
  return join(FIXTURES, name)
}

export async function collect(source: TableSource): Promise<SourceRow[]> {
  const rows: SourceRow[] = []
  for await (const row of source.rows) rows.push(row)
  return rows
}

/** A scratch folder for generated files, removed by the returned cleanup. */
export function scratch(): { dir: string; write: (name: string, content: string | Uint8Array) => string; cleanup: () => void } {
  const files = tempFiles()
  return { dir: files.dir, write: (name, content) => files.write(name, Buffer.from(content)), cleanup: files.remove }
}

/** Windows-1252 bytes of a text (only the characters that encoding has). */
export function cp1252(text: string): Buffer {
  const special: Record<string, number> = { '€': 0x80, '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, 'œ': 0x9c, 'Œ': 0x8c }
  const bytes: number[] = []
  for (const ch of text) {
    const code = ch.codePointAt(0) as number
    if (special[ch] !== undefined) bytes.push(special[ch])
    else if (code < 0x100 && (code < 0x80 || code >= 0xa0)) bytes.push(code)
    else throw new Error(`no Windows-1252 byte for ${ch}`)
  }
  return Buffer.from(bytes)
}
