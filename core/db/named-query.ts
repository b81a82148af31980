/** Loads the named SQL queries of core/db/queries: SQL lives in .sql files, not in JavaScript strings. */
import { readFileSync } from 'node:fs'

const cache = new Map<string, string>()

/** The text of core/db/queries/<name>.sql. */
export function namedQuery(name: string): string {
  let sql = cache.get(name)
  if (sql === undefined) {
    if (!/^[a-z0-9-]+(\/[a-z0-9-]+)?$/.test(name)) throw new Error(`bad query name: ${name}`)
    sql = readFileSync(new URL(`./queries/${name}.sql`, import.meta.url), 'utf8')
    cache.set(name, sql)
  }
  return sql
}
