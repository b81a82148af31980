/**
 * A random 120 × 40 problem (fixtures/pysal-random, made by make-reference.py) whose expected access
 * values were computed by PySAL `access` itself (Access.two_stage_fca, every decay kind, with and
 * without max cost and normalize). Every value must match to 1e-9 relative; where PySAL gives NaN
 * (a demand point reaching nothing) the engine gives 0 with a flag.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { accessById } from '../../../core/access/by-id'
import { parseDecay } from '../../../core/access/decay'

const dir = fileURLToPath(new URL('./fixtures/pysal-random/', import.meta.url))
const csv = (name: string) => parse(readFileSync(dir + name), { columns: true }) as Record<string, string>[]
const demand = csv('d.csv').map((r) => ({ id: r.id!, population: Number(r.population) }))
const supply = csv('s.csv').map((r) => ({ id: r.id!, capacity: Number(r.capacity) }))
const costs = csv('c.csv').map((r) => ({ origin: r.origin!, dest: r.dest!, cost: Number(r.cost) }))
const expected = JSON.parse(readFileSync(dir + 'expected.json', 'utf8')) as {
  cases: { decay: string; maxCost: number | null; normalize: boolean; access: (number | null)[] }[]
}

describe('matches PySAL access on a random problem', () => {
  it.each(expected.cases.map((c) => [`${c.decay} max ${c.maxCost ?? '∞'}${c.normalize ? ' normalized' : ''}`, c] as const))('%s', (_name, c) => {
    const rows = accessById(demand, supply, costs, { decay: parseDecay(c.decay), maxCost: c.maxCost ?? undefined, normalize: c.normalize })
    let compared = 0
    rows.forEach((row, i) => {
      const want = c.access[i]
      if (want === null || want === undefined) {
        expect(row.access).toBe(0)
        expect(row.flag).toBe('no_access')
      } else {
        expect(row.flag === '' || want === 0).toBe(true)
        if (want === 0) expect(row.access).toBe(0)
        else expect(Math.abs(row.access - want) / want).toBeLessThanOrEqual(1e-9)
        compared++
      }
    })
    expect(compared).toBeGreaterThan(100)
  })
})
