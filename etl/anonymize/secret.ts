/**
 * The key of the source-id hash. LACUNES_SECRET when set; otherwise generated on first use and kept
 * with the data (in LACUNES_DATA_DIR), so that re-imports keep recognizing the same records.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const SECRET_FILE = 'lacunes-secret.key'

/** The key to use for this database. */
export function hashSecret(config: { LACUNES_SECRET?: string | undefined; LACUNES_DATA_DIR: string }): string {
  if (config.LACUNES_SECRET) return config.LACUNES_SECRET
  const path = join(config.LACUNES_DATA_DIR, SECRET_FILE)
  if (existsSync(path)) return readFileSync(path, 'utf8').trim()
  mkdirSync(config.LACUNES_DATA_DIR, { recursive: true })
  const secret = randomBytes(32).toString('hex')
  // Only the owner may read it: with it, a known source id could be matched to its hash.
  writeFileSync(path, `${secret}\n`, { mode: 0o600, flag: 'wx' })
  return secret
}
