import { describe, expect, it } from 'vitest'
import { greedyMaxCover } from '../../../server/analysis/max-cover'

/** Every way of choosing `size` of `n` indexes, for a brute-force optimum. */
function* subsets(n: number, size: number, start = 0, chosen: number[] = []): Generator<number[]> {
  if (chosen.length === size) {
    yield chosen
    return
  }
  for (let c = start; c < n; c++) yield* subsets(n, size, c + 1, [...chosen, c])
}

function coverage(covers: number[][], weight: number[], chosen: number[]): number {
  const points = new Set(chosen.flatMap((c) => covers[c]!))
  return [...points].reduce((sum, i) => sum + weight[i]!, 0)
}

describe('greedyMaxCover', () => {
  it('picks the largest cover first, then skips a candidate that mostly overlaps it', () => {
    const weight = [10, 10, 10, 10, 10, 4, 6]
    const covers = [
      [0, 1, 2, 3], // 40
      [1, 2, 3, 4], // 40 but 30 of it overlaps candidate 0: adds 10 after it
      [5, 6], // 10, disjoint from 0 but no more than candidate 1 adds
      [4, 6], // 16, overlaps nothing chosen first: adds 16
    ]
    const picks = greedyMaxCover(covers, weight, 3)
    expect(picks.map((p) => p.candidate)).toEqual([0, 3, 2])
    expect(picks.map((p) => p.covered)).toEqual([40, 16, 4])
    expect(picks.map((p) => p.cumulative)).toEqual([40, 56, 60])
  })

  it('never counts a demand point twice, in a pick or across picks', () => {
    const picks = greedyMaxCover([[0, 0, 1], [1, 2]], [5, 7, 3], 2)
    expect(picks).toEqual([
      { candidate: 0, covered: 12, cumulative: 12 },
      { candidate: 1, covered: 3, cumulative: 15 },
    ])
  })

  it('breaks ties by the lower candidate index', () => {
    expect(greedyMaxCover([[0], [1], [2]], [5, 5, 5], 2).map((p) => p.candidate)).toEqual([0, 1])
    expect(greedyMaxCover([[2], [1], [0]], [5, 5, 5], 1).map((p) => p.candidate)).toEqual([0])
  })

  it('stops when no candidate adds anything, instead of suggesting useless sites', () => {
    const picks = greedyMaxCover([[0, 1], [1], [], [2]], [3, 4, 0], 4)
    expect(picks.map((p) => p.candidate)).toEqual([0])
    expect(greedyMaxCover([], [], 3)).toEqual([])
    expect(greedyMaxCover([[0]], [1], 0)).toEqual([])
  })

  it('gives non-increasing gains, and at least 1 − 1/e of the optimum on random instances', () => {
    let seed = 12345
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    for (let trial = 0; trial < 40; trial++) {
      const points = 12
      const weight = Array.from({ length: points }, () => Math.floor(random() * 20))
      const covers = Array.from({ length: 8 }, () => Array.from({ length: points }, (_, i) => i).filter(() => random() < 0.3))
      const count = 1 + (trial % 3)
      const picks = greedyMaxCover(covers, weight, count)
      for (let p = 1; p < picks.length; p++) expect(picks[p]!.covered).toBeLessThanOrEqual(picks[p - 1]!.covered)
      const greedy = picks.at(-1)?.cumulative ?? 0
      expect(greedy).toBe(coverage(covers, weight, picks.map((p) => p.candidate)))
      let best = 0
      for (const chosen of subsets(covers.length, count)) best = Math.max(best, coverage(covers, weight, chosen))
      expect(greedy).toBeGreaterThanOrEqual((1 - 1 / Math.E) * best - 1e-9)
      if (count === 1) expect(greedy).toBe(best)
    }
  })

  it('rejects bad input, naming the value', () => {
    expect(() => greedyMaxCover([[3]], [1, 2], 1)).toThrow(/candidate 0 covers 3/)
    expect(() => greedyMaxCover([[0]], [-1], 1)).toThrow(/weight -1 of demand point 0/)
    expect(() => greedyMaxCover([[0]], [1], 1.5)).toThrow(/count must be a non-negative integer/)
  })
})
