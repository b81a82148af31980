/** The setting of an import test: a database with reference data and no demo, and a private folder. */
import { afterAll, beforeAll } from 'vitest'
import type { Database } from '../../core/db/database'
import type { Backend } from './databases'
import { tempFiles, type TempFiles } from './files'
import { preparedDatabase } from './prepared'

export interface ImportWorkspace {
  readonly db: Database
  readonly files: TempFiles
}

/** Opens the workspace before the tests of the calling describe block and removes it after them. */
export function importWorkspace(backend: Backend): ImportWorkspace {
  let db: Database | undefined
  let files: TempFiles | undefined
  beforeAll(async () => {
    db = await preparedDatabase(backend, false)
    files = tempFiles()
  })
  afterAll(async () => {
    await db?.close()
    files?.remove()
  })
  return {
    get db() {
      if (!db) throw new Error('importWorkspace: used outside its tests')
      return db
    },
    get files() {
      if (!files) throw new Error('importWorkspace: used outside its tests')
      return files
    },
  }
}
