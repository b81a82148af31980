/** `access` command: PySAL's hospital example from CSV files, the output format, and errors naming file, row and field. */
import { Writable } from 'node:stream'
import { afterAll, describe, expect, it } from 'vitest'
import { runAccessCommand, type AccessCommandArgs } from '../../../etl/access/run-access'
import { InputError } from '../../../etl/read/types'
import { tempFiles } from '../../support/files'

const files = tempFiles()
afterAll(() => files.remove())

const D = 'id,population\n1,100\n2,50\n3,10\n'
const S = 'id,capacity\n1,15\n2,20\n3,100\n'
const C = 'origin,dest,cost\n1,1,1\n2,2,1\n3,3,1\n1,3,40\n2,3,40\n3,1,40\n3,2,40\n1,2,80\n2,1,80\n'

let counter = 0
function write(d: string, s: string, c: string): Pick<AccessCommandArgs, 'demand' | 'supply' | 'cost'> {
  const k = counter++
  return { demand: files.write(`d${k}.csv`, d), supply: files.write(`s${k}.csv`, s), cost: files.write(`c${k}.csv`, c) }
}

async function run(args: AccessCommandArgs): Promise<string> {
  let text = ''
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      text += chunk.toString()
      done()
    },
  })
  await runAccessCommand(args, out)
  return text
}

function parseOutput(text: string): { id: string; access: number; flag: string }[] {
  const [header, ...lines] = text.trimEnd().split('\n')
  expect(header).toBe('id,access,flag')
  return lines.map((line) => {
    const [id = '', access = '', flag = ''] = line.split(',')
    return { id, access: Number(access), flag }
  })
}

describe('runAccessCommand', () => {
  it('PySAL hospital example, no weights, max cost 61', async () => {
    const rows = parseOutput(await run({ ...write(D, S, C), decay: 'none', maxCost: 61 }))
    expect(rows.map((r) => r.id)).toEqual(['1', '2', '3'])
    const want = [0.761363636364, 0.958333333333, 1.094696969697]
    rows.forEach((r, i) => expect(Math.abs(r.access - want[i]!) / want[i]!).toBeLessThan(1e-9))
    expect(rows.every((r) => r.flag === '')).toBe(true)
  })

  it('PySAL hospital example, weight 1/d (gravity:1,-1), full double precision', async () => {
    const text = await run({ ...write(D, S, C), decay: 'gravity:1,-1', maxCost: 61 })
    const want = [15 / 100.25 + 100 / 13.75 / 40, 20 / 50.25 + 100 / 13.75 / 40, 15 / 100.25 / 40 + 20 / 50.25 / 40 + 100 / 13.75]
    const rows = parseOutput(text)
    rows.forEach((r, i) => expect(Math.abs(r.access - want[i]!) / want[i]!).toBeLessThan(1e-15))
    expect(text).toContain('3,7.286418169862544,\n')
  })

  it('keeps input order, flags unreachable points, quotes ids, normalizes', async () => {
    const text = await run({
      ...write('id,population\n"b,1",30\na,10\nz,5\n', 'id,capacity\nx,\ny,4\n', 'origin,dest,cost\na,x,2\n"b,1",x,3\n'),
      decay: 'step:5=1',
      normalize: true,
    })
    // Capacity of x empty → 1 (PRODUCT.md: 1 where unknown); y is unreachable; z reaches nothing.
    expect(text).toBe(`id,access,flag\n"b,1",${String(1 / 40 / (1 / 40 * 40 / 45))},\na,${String(1 / 40 / (1 / 40 * 40 / 45))},\nz,0,no_access\n`)
  })

  it('flags no_supply_demand for a zero-population point alone in its catchments', async () => {
    const rows = parseOutput(await run({ ...write('id,population\na,0\nb,10\n', 'id,capacity\nx,3\ny,2\n', 'origin,dest,cost\na,x,1\nb,y,1\n'), decay: 'none' }))
    expect(rows).toEqual([{ id: 'a', access: 0, flag: 'no_supply_demand' }, { id: 'b', access: 0.2, flag: '' }])
  })

  it.each([
    ['a missing column', 'id,pop\n1,3\n', S, C, /d\d+\.csv, row 1, field "population": missing column "population"/],
    ['a negative population', 'id,population\n1,100\n2,-5\n', S, C, /d\d+\.csv, row 3, field "population": -5 is negative/],
    ['an empty population', 'id,population\n1,\n', S, C, /d\d+\.csv, row 2, field "population": empty value/],
    ['a duplicate demand id', 'id,population\n1,100\n2,50\n1,10\n', S, C, /d\d+\.csv, row 4, field "id": duplicate id "1" \(first on row 2\)/],
    ['a duplicate site id', D, 'id,capacity\n1,15\n1,20\n', C, /s\d+\.csv, row 3, field "id": duplicate id "1"/],
    ['a non-numeric capacity', D, 'id,capacity\n1,lots\n', C, /s\d+\.csv, row 2, field "capacity": "lots" is not a number/],
    ['a non-numeric cost', D, S, 'origin,dest,cost\n1,1,1\n2,2,far\n', /c\d+\.csv, row 3, field "cost": "far" is not a number/],
    ['a negative cost', D, S, 'origin,dest,cost\n1,1,-1\n', /c\d+\.csv, row 2, field "cost": -1 is negative/],
    ['an unknown origin', D, S, 'origin,dest,cost\n1,1,1\n9,1,1\n', /c\d+\.csv, row 3, field "origin": origin "9" is not an id of .*d\d+\.csv/],
    ['an unknown dest', D, S, 'origin,dest,cost\n1,7,1\n', /c\d+\.csv, row 2, field "dest": dest "7" is not an id of .*s\d+\.csv/],
    ['a duplicate pair', D, S, 'origin,dest,cost\n1,1,1\n2,2,1\n1,1,3\n', /c\d+\.csv, row 4, field "dest": pair origin "1", dest "1" is listed twice/],
    ['a cost-0 pair under gravity', D, S, 'origin,dest,cost\n1,1,0\n', /c\d+\.csv, row 2, field "cost": pair origin "1", dest "1": the decay weight at cost 0 is Infinity/],
    ['an empty file', '', S, C, /d\d+\.csv: empty file/],
  ])('rejects %s', async (_name, d, s, c, message) => {
    const error = await run({ ...write(d, s, c), decay: _name.includes('gravity') ? 'gravity:1,-1' : 'none' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(InputError)
    expect((error as Error).message).toMatch(message)
  })

  it('rejects a bad decay spec and a bad max cost before reading', async () => {
    await expect(run({ ...write(D, S, C), decay: 'gaussian:-3' })).rejects.toThrow(/decay "gaussian:-3": SIGMA "-3"/)
    await expect(run({ ...write(D, S, C), decay: 'none', maxCost: Number('x') })).rejects.toThrow(/--max-cost must be a non-negative number/)
  })
})
