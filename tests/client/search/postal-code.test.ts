import { describe, expect, it } from 'vitest'
import { parsePostalQuery } from '../../../client/src/search/postal-code'

describe('parsePostalQuery', () => {
  it('reads full codes however they are typed', () => {
    for (const text of ['J1X 3W2', 'j1x3w2', '  J1X  3W2 ']) expect(parsePostalQuery(text)).toEqual({ kind: 'postal_code', code: 'J1X3W2', label: 'J1X 3W2' })
  })

  it('reads a forward sortation area alone', () => {
    expect(parsePostalQuery('h2x')).toEqual({ kind: 'fsa', code: 'H2X', label: 'H2X' })
  })

  it('rejects names and letters that never occur in Canadian codes', () => {
    expect(parsePostalQuery('Magog')).toBeNull()
    expect(parsePostalQuery('D1X 3W2')).toBeNull()
    expect(parsePostalQuery('W1X')).toBeNull()
    expect(parsePostalQuery('J1X 3O2')).toBeNull()
  })
})
