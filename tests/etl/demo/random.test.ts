import { describe, expect, it } from 'vitest'
import { cumulative, Random } from '../../../etl/demo/random'

describe('the seeded generator', () => {
  it('repeats itself for a seed and differs between seeds', () => {
    const a = Array.from({ length: 5 }, ((r) => () => r.next())(new Random(1)))
    const b = Array.from({ length: 5 }, ((r) => () => r.next())(new Random(1)))
    const c = Array.from({ length: 5 }, ((r) => () => r.next())(new Random(2)))
    expect(a).toEqual(b)
    expect(a).not.toEqual(c)
  })

  it('draws indexes in proportion to their weights', () => {
    const random = new Random(9)
    const picker = cumulative([1, 0, 3])
    const counts = [0, 0, 0]
    for (let i = 0; i < 40_000; i++) counts[random.weighted(picker)]!++
    expect(counts[1]).toBe(0)
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeGreaterThan(2.8)
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeLessThan(3.2)
  })

  it('rounds stochastically but exactly on average', () => {
    const random = new Random(3)
    let total = 0
    for (let i = 0; i < 10_000; i++) total += random.round(0.3)
    expect(total / 10_000).toBeGreaterThan(0.28)
    expect(total / 10_000).toBeLessThan(0.32)
  })
})
