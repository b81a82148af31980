import { ckmeans } from 'simple-statistics'
import { EMPTY_CLASSIFICATION, type Classification } from './classify'

/**
 * Natural-breaks (Jenks) classes, computed with ckmeans: the optimal 1-D clustering that Jenks
 * approximates, so the same values always give the same classes. Null and non-finite values
 * (suppressed, unknown) take no part. Fewer distinct values than classes give fewer classes.
 */
export function classifyNaturalBreaks(values: readonly (number | null | undefined)[], classCount: number): Classification {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
  const distinct = new Set(finite).size
  const n = Math.min(Math.floor(classCount), distinct)
  if (n < 1) return EMPTY_CLASSIFICATION
  const clusters = ckmeans(finite, n)
  return { bins: clusters.map((cluster) => ({ min: cluster[0] as number, max: cluster[cluster.length - 1] as number })) }
}
