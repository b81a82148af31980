/** Checks of parameters against what the database holds: levels and categories. */
import { namedQuery } from '../../core/db/named-query'
import type { Category, Level } from '../../core/api/types'
import type { AppContext } from '../context'
import { HttpError } from '../http/errors'

/** Parsed lists, per cached body: every request checks its parameters, so they are not parsed each time. */
const parsed = new WeakMap<object, unknown>()

function parsedBody<T>(entry: { body: string }): T {
  let value = parsed.get(entry)
  if (value === undefined) {
    value = JSON.parse(entry.body)
    parsed.set(entry, value)
  }
  return value as T
}

async function levels({ db, cache, dataVersion }: AppContext): Promise<Level[]> {
  return parsedBody<Level[]>(await cache.get(await dataVersion(), 'levels', async () => JSON.stringify(await db.query<Level>(namedQuery('api/levels')))))
}

async function categories({ db, cache, dataVersion }: AppContext): Promise<Category[]> {
  return parsedBody<Category[]>(await cache.get(await dataVersion(), 'categories', async () => JSON.stringify(await db.query<Category>(namedQuery('api/categories')))))
}

/** The level of that id, or a 400 naming the parameter and the known levels. */
export async function knownLevel(context: AppContext, id: string, parameter = 'level'): Promise<Level> {
  const all = await levels(context)
  const level = all.find((candidate) => candidate.id === id)
  if (!level) throw new HttpError(400, 'invalid_parameter', `${parameter}: unknown level "${id}"; known: ${all.map((l) => l.id).join(', ')}`)
  return level
}

/** A top-level category id or `all`, or a 400 naming the parameter. */
export async function knownTopCategory(context: AppContext, id: string, parameter = 'category'): Promise<string> {
  if (id === 'all') return id
  const all = await categories(context)
  if (!all.some((category) => category.id === id && category.parent_id === null)) {
    const tops = all.filter((category) => category.parent_id === null).map((category) => category.id)
    throw new HttpError(400, 'invalid_parameter', `${parameter}: unknown category "${id}"; use all or one of ${tops.join(', ')}`)
  }
  return id
}
