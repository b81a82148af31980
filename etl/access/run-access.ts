/**
 * `npm run etl -- access --demand d.csv --supply s.csv --cost c.csv --decay <spec> [--max-cost N] [--normalize]`
 * (PRODUCT.md, "Interfaces"): the accessibility engine on CSV files, printing `id,access,flag`.
 */
import { createReadStream } from 'node:fs'
import { parse } from 'csv-parse'
import { buildCatchments } from '../../core/access/catchments'
import { parseDecay } from '../../core/access/decay'
import { computeAccess } from '../../core/access/e2sfca'
import { ACCESS_FLAGS, AccessInputError } from '../../core/access/types'
import { InputError } from '../read/types'

/** The options of the `access` command, as parsed from its flags. */
export interface AccessCommandArgs {
  demand: string
  supply: string
  cost: string
  decay: string
  maxCost?: number
  normalize?: boolean
}

/** A CSV row as text cells by column name, with the row number a user sees (header = 1). */
export interface CsvRow {
  row: number
  get(field: string): string
}

/** Reads `file` as comma-separated CSV with a header naming at least `required`; yields its rows. */
export async function* readCsv(file: string, required: readonly string[]): AsyncGenerator<CsvRow> {
  const parser = createReadStream(file).pipe(parse({ bom: true, trim: true, skip_empty_lines: true, relax_column_count: true, info: true }))
  let columns: Map<string, number> | undefined
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const { record, info } = item
      if (!columns) {
        columns = new Map(record.map((name, k) => [name.toLowerCase(), k]))
        for (const field of required) {
          if (!columns.has(field)) throw new InputError(file, `missing column "${field}" (columns found: ${record.map((c) => `"${c}"`).join(', ')}; expected ${required.join(',')})`, { row: 1, field })
        }
        continue
      }
      const cells = record
      const at = columns
      yield { row: info.lines, get: (field) => cells[at.get(field)!] ?? '' }
    }
  } catch (error) {
    if (error instanceof InputError) throw error
    const where = (error as { lines?: number }).lines
    throw new InputError(file, `not readable as CSV: ${error instanceof Error ? error.message : String(error)}`, where !== undefined ? { row: where } : {})
  }
  if (!columns) throw new InputError(file, `empty file (expected a header ${required.join(',')})`)
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/** A cell as a non-negative number (the fallback when empty, if any), or an InputError naming the file, row and field. */
export function nonNegative(file: string, row: CsvRow, field: string, fallback?: number): number {
  const text = row.get(field)
  if (text === '') {
    if (fallback !== undefined) return fallback
    throw new InputError(file, 'empty value (a non-negative number is required)', { row: row.row, field })
  }
  const value = DECIMAL.test(text) ? Number(text) : NaN
  if (!Number.isFinite(value)) throw new InputError(file, `"${text}" is not a number`, { row: row.row, field })
  if (value < 0) throw new InputError(file, `${text} is negative`, { row: row.row, field })
  return value
}

interface Points {
  ids: string[]
  index: Map<string, number>
  values: Float64Array
}

async function readPoints(file: string, valueField: string, fallback?: number): Promise<Points> {
  const ids: string[] = []
  const values: number[] = []
  const index = new Map<string, number>()
  const firstRow = new Map<string, number>()
  for await (const row of readCsv(file, ['id', valueField])) {
    const id = row.get('id')
    if (id === '') throw new InputError(file, 'empty id', { row: row.row, field: 'id' })
    const earlier = firstRow.get(id)
    if (earlier !== undefined) throw new InputError(file, `duplicate id "${id}" (first on row ${earlier})`, { row: row.row, field: 'id' })
    firstRow.set(id, row.row)
    index.set(id, ids.length)
    ids.push(id)
    values.push(nonNegative(file, row, valueField, fallback))
  }
  return { ids, index, values: Float64Array.from(values) }
}

class PairColumns {
  origin = new Int32Array(4096)
  dest = new Int32Array(4096)
  cost = new Float64Array(4096)
  row = new Int32Array(4096)
  length = 0
  push(i: number, j: number, c: number, row: number): void {
    if (this.length === this.origin.length) {
      const grow = <T extends Int32Array | Float64Array>(a: T): T => {
        const b = new (a.constructor as new (n: number) => T)(a.length * 2)
        b.set(a)
        return b
      }
      this.origin = grow(this.origin)
      this.dest = grow(this.dest)
      this.cost = grow(this.cost)
      this.row = grow(this.row)
    }
    this.origin[this.length] = i
    this.dest[this.length] = j
    this.cost[this.length] = c
    this.row[this.length++] = row
  }
}

async function readCosts(file: string, demand: Points, supply: Points, demandFile: string, supplyFile: string): Promise<PairColumns> {
  const pairs = new PairColumns()
  for await (const row of readCsv(file, ['origin', 'dest', 'cost'])) {
    const origin = row.get('origin')
    const dest = row.get('dest')
    const i = demand.index.get(origin)
    if (i === undefined) throw new InputError(file, `origin "${origin}" is not an id of ${demandFile}`, { row: row.row, field: 'origin' })
    const j = supply.index.get(dest)
    if (j === undefined) throw new InputError(file, `dest "${dest}" is not an id of ${supplyFile}`, { row: row.row, field: 'dest' })
    pairs.push(i, j, nonNegative(file, row, 'cost'), row.row)
  }
  return pairs
}

/** A CSV cell: quoted when it holds a comma, quote or line break. */
function cell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

async function write(out: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
}

/**
 * Runs the `access` command: reads the three CSV files, computes E2SFCA access (PySAL-compatible) and
 * prints `id,access,flag`, one row per demand id in input order, numbers in shortest round-trip form.
 * Throws InputError naming the file, row and field on bad input, and Error on a bad decay spec.
 */
export async function runAccessCommand(args: AccessCommandArgs, out: NodeJS.WritableStream): Promise<void> {
  const decay = parseDecay(args.decay)
  if (args.maxCost !== undefined && !(args.maxCost >= 0 && args.maxCost < Infinity)) throw new Error(`--max-cost must be a non-negative number, got ${args.maxCost}`)
  const demand = await readPoints(args.demand, 'population')
  const supply = await readPoints(args.supply, 'capacity', 1)
  const pairs = await readCosts(args.cost, demand, supply, args.demand, args.supply)
  const costs = { origin: pairs.origin.subarray(0, pairs.length), dest: pairs.dest.subarray(0, pairs.length), cost: pairs.cost.subarray(0, pairs.length) }
  let catchments
  try {
    catchments = buildCatchments(demand.ids.length, supply.ids.length, costs, { decay, maxCost: args.maxCost })
  } catch (error) {
    if (error instanceof AccessInputError && error.where.pair !== undefined && error.where.pair >= 0) {
      const p = error.where.pair
      const pairText = `origin "${demand.ids[pairs.origin[p]!]}", dest "${supply.ids[pairs.dest[p]!]}"`
      const message = error.message.includes('listed twice') ? `pair ${pairText} is listed twice` : error.message.replace(/^pair \d+/, `pair ${pairText}`)
      throw new InputError(args.cost, message, { row: pairs.row[p]!, field: error.message.includes('listed twice') ? 'dest' : 'cost' })
    }
    throw error
  }
  const result = computeAccess(catchments, demand.values, supply.values, { normalize: args.normalize === true })

  let chunk = 'id,access,flag\n'
  for (let i = 0; i < demand.ids.length; i++) {
    chunk += `${cell(demand.ids[i]!)},${String(result.access[i]!)},${ACCESS_FLAGS[result.flagCode[i]!]}\n`
    if (chunk.length >= 65_536) {
      await write(out, chunk)
      chunk = ''
    }
  }
  if (chunk) await write(out, chunk)
}
