import type { ClassificationMethod } from '../state/view-state'
import { classifyQuantiles, type ClassBin, type Classification } from './classify'
import { classifyNaturalBreaks } from './natural-breaks'
import { divergingRamp, MAX_CLASSES, MAX_CLASSES_PER_SIDE, sequentialRamp, type SequentialScheme } from './palette'

/** How a measure maps to colours: darker as it grows, or two hues either side of zero. */
export type ScaleKind = { type: 'sequential'; scheme: SequentialScheme } | { type: 'diverging' }

/** Classes and their colours, lowest first: ramp[i] colours bins[i]. */
export interface ColourScale extends Classification {
  ramp: readonly string[]
}

function classify(values: readonly number[], method: ClassificationMethod, classCount: number): ClassBin[] {
  return (method === 'jenks' ? classifyNaturalBreaks(values, classCount) : classifyQuantiles(values, classCount)).bins
}

/**
 * Cuts the published values of a layer into coloured classes. A diverging scale classifies the
 * negative and the positive values apart, so zero is always a class boundary and the colour
 * says on which side of it a territory lies, whatever the method.
 */
export function colourScale(values: readonly (number | null | undefined)[], method: ClassificationMethod, kind: ScaleKind): ColourScale {
  const finite = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v))
  if (kind.type === 'sequential') {
    const bins = classify(finite, method, MAX_CLASSES)
    return { bins, ramp: sequentialRamp(bins.length, kind.scheme) }
  }
  const negative = classify(finite.filter((v) => v < 0), method, MAX_CLASSES_PER_SIDE)
  const positive = classify(finite.filter((v) => v >= 0), method, MAX_CLASSES_PER_SIDE)
  return { bins: [...negative, ...positive], ramp: divergingRamp(negative.length, positive.length) }
}
