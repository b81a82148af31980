import fc from 'fast-check'
import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import { csvChunk, csvLine } from '../../../etl/load/csv-rows'

describe('csvLine', () => {
  it('round-trips any text through a CSV parser', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom('a,b', 'say "hi"', 'two\nlines', 'cr\r\nlf')), { minLength: 1, maxLength: 6 }), (values) => {
        expect(parse(csvLine(values))).toEqual([values])
      }),
      { numRuns: 2000 },
    )
  })

  it('tells SQL NULL (unquoted empty) from an empty string (quoted), as COPY does', () => {
    expect(csvLine([null, '', undefined, 'x'])).toBe(',"",,x\n')
  })

  it('writes booleans and numbers as PostgreSQL reads them', () => {
    expect(csvLine([true, false, 3, -1.5])).toBe('t,f,3,-1.5\n')
  })

  it('joins rows into a chunk', () => {
    expect(csvChunk([['a'], ['b', null]])).toBe('a\nb,\n')
  })
})
