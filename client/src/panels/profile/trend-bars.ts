import type { PublishedCount } from '../../../../core/api/types'

export interface MonthFigure {
  month: string
  demand: PublishedCount
  unmet: PublishedCount
  suppressed: boolean
}

/** One month of the chart, in SVG units (y grows downward; the baseline is at `height`). */
export interface TrendBar {
  month: string
  x: number
  width: number
  /** 'value': a published count; 'withheld': "< k", drawn as a hatched band up to k, never as zero. */
  kind: 'value' | 'withheld'
  y: number
  height: number
  /** The unmet part of a published bar (its lower part), or null. */
  unmetHeight: number | null
  demand: number | null
}

/**
 * Lays the months out as bars across `width` × `height`. The scale runs to the largest published
 * count (at least k), so a withheld month's band, which reaches k, never outgrows what is known.
 */
export function trendBars(months: readonly MonthFigure[], k: number, width: number, height: number, gap = 1): { bars: TrendBar[]; max: number } {
  const max = Math.max(k, ...months.map((m) => m.demand ?? 0))
  const step = months.length > 0 ? width / months.length : width
  const barWidth = Math.max(1, step - gap)
  const scale = (value: number) => (max > 0 ? (value / max) * height : 0)
  const bars = months.map((m, i): TrendBar => {
    const x = i * step
    if (m.demand === null) {
      const h = scale(k)
      return { month: m.month, x, width: barWidth, kind: 'withheld', y: height - h, height: h, unmetHeight: null, demand: null }
    }
    const h = scale(m.demand)
    const unmet = m.unmet === null ? null : Math.min(h, scale(m.unmet))
    return { month: m.month, x, width: barWidth, kind: 'value', y: height - h, height: h, unmetHeight: unmet, demand: m.demand }
  })
  return { bars, max }
}
