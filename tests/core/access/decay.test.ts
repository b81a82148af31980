/** Decay specs: hand-computed weights (PySAL `access.weights` semantics) and parse errors naming the bad part. */
import { describe, expect, it } from 'vitest'
import { parseDecay } from '../../../core/access/decay'

describe('parseDecay', () => {
  it('none: weight 1 at every cost', () => {
    const w = parseDecay('none')
    expect([0, 1, 1e6].map(w)).toEqual([1, 1, 1])
    expect(w.kind).toBe('none')
  })

  it('step: the weight of the first threshold ≥ cost (inclusive upper bounds), 0 beyond the last', () => {
    const w = parseDecay('step:10=1,20=0.68,30=0.22')
    expect([0, 5, 10, 10.0001, 20, 25, 30, 30.0001, 100].map(w)).toEqual([1, 1, 1, 0.68, 0.68, 0.22, 0.22, 0, 0])
    // PySAL's docstring example: step_fn({20: 1, 40: 0.68, 60: 0.22}) over 0…70 by 10.
    const p = parseDecay('step:40=0.68,20=1,60=0.22')
    expect([0, 10, 20, 30, 40, 50, 60, 70].map(p)).toEqual([1, 1, 1, 0.68, 0.68, 0.22, 0.22, 0])
    expect(p.spec).toBe('step:20=1,40=0.68,60=0.22')
  })

  it('gaussian: exp(−d²/(2σ²)), W(0) = 1 (PySAL docstring values for σ = 20)', () => {
    const w = parseDecay('gaussian:20')
    expect(w(0)).toBe(1)
    expect(w(20)).toBeCloseTo(0.6065306597126334, 15)
    expect(w(40)).toBeCloseTo(0.1353352832366127, 15)
    expect(w(60)).toBeCloseTo(0.011108996538242306, 15)
    expect(parseDecay('gaussian:1000')(2000)).toBeCloseTo(Math.exp(-2), 15)
  })

  it('gravity: (max(d, min)/scale)^alpha, alpha not implicitly negative (PySAL docstring values)', () => {
    const w = parseDecay('gravity:20,-2,1')
    expect([0, 1, 2, 20, 40, 60].map((t) => Math.round(w(t) * 100) / 100)).toEqual([400, 400, 100, 1, 0.25, 0.11])
    const inverse = parseDecay('gravity:1,-1')
    expect(inverse(40)).toBe(1 / 40)
    expect(inverse(0)).toBe(Infinity)
    expect(parseDecay('gravity:10,2')(30)).toBeCloseTo(9, 12)
  })

  it('accepts spaces and upper case', () => {
    expect(parseDecay(' Gaussian: 2.5e3 ')(0)).toBe(1)
    expect(parseDecay('STEP: 10 = 1 , 20 = 0.5')(15)).toBe(0.5)
  })

  it.each([
    ['', /unknown decay ""/],
    ['exponential:3', /unknown decay "exponential"/],
    ['none:1', /"none" takes no parameters/],
    ['step', /needs at least one THRESHOLD=WEIGHT/],
    ['step:10=1,20', /step "20" is not THRESHOLD=WEIGHT/],
    ['step:10=1,x=0.5', /threshold "x" in "x=0.5"/],
    ['step:10=1,20=-0.5', /weight "-0.5" in "20=-0.5"/],
    ['step:10=1,10=0.5', /threshold 10 appears twice/],
    ['step:-5=1', /threshold "-5"/],
    ['gaussian', /"gaussian" needs SIGMA/],
    ['gaussian:abc', /SIGMA "abc" is not a positive number/],
    ['gaussian:0', /SIGMA "0"/],
    ['gaussian:Infinity', /SIGMA "Infinity"/],
    ['gravity:1', /SCALE,ALPHA\[,MIN_COST\], got 1 parameter/],
    ['gravity:0,-1', /SCALE "0" is not a positive number/],
    ['gravity:1,x', /ALPHA "x" is not a number/],
    ['gravity:1,-1,-3', /MIN_COST "-3"/],
    ['gravity:1,-1,2,3', /got 4 parameters/],
  ])('rejects %j', (spec, message) => {
    expect(() => parseDecay(spec)).toThrow(message)
  })

  it('error messages quote the whole spec and the grammar', () => {
    expect(() => parseDecay('gaussian:x')).toThrow(/^decay "gaussian:x": .*expected none \| step:/)
  })
})
