/**
 * Distance-decay functions W(d) of the catchment, from a text spec (PRODUCT.md, `access --decay`).
 * Each matches the PySAL `access.weights` function of the same name, formula for formula.
 */

/** A distance-decay weight W(cost) ≥ 0, with the spec it was parsed from. */
export interface DecayFunction {
  (cost: number): number
  /** The spec in canonical form (e.g. `gaussian:1000`). */
  readonly spec: string
  readonly kind: 'none' | 'step' | 'gaussian' | 'gravity'
}

/** The spec grammar, for error messages and help text. */
export const DECAY_SPEC_HELP = 'none | step:T1=W1,T2=W2,… | gaussian:SIGMA | gravity:SCALE,ALPHA[,MIN_COST]'

class DecaySpecError extends Error {
  constructor(spec: string, message: string) {
    super(`decay "${spec}": ${message} (expected ${DECAY_SPEC_HELP})`)
    this.name = 'DecaySpecError'
  }
}

function decay(kind: DecayFunction['kind'], spec: string, fn: (cost: number) => number): DecayFunction {
  return Object.assign(fn, { spec, kind })
}

/** A strict decimal number (no empty string, no hex, no "Infinity"), or undefined. */
function number(text: string): number | undefined {
  const trimmed = text.trim()
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return undefined
  const value = Number(trimmed)
  return Number.isFinite(value) ? value : undefined
}

/** W = 1 for every reachable pair (plain 2SFCA; PySAL `weight_fn=None`). */
export function noDecay(): DecayFunction {
  return decay('none', 'none', () => 1)
}

/**
 * Step weights: the weight of the smallest threshold T with cost ≤ T (thresholds are inclusive upper
 * bounds), 0 beyond the largest (PySAL `weights.step_fn`).
 */
export function stepDecay(steps: readonly (readonly [threshold: number, weight: number])[]): DecayFunction {
  const sorted = [...steps].sort((a, b) => a[0] - b[0])
  const thresholds = Float64Array.from(sorted, (s) => s[0])
  const weights = Float64Array.from(sorted, (s) => s[1])
  const n = thresholds.length
  const spec = `step:${sorted.map(([t, w]) => `${t}=${w}`).join(',')}`
  return decay('step', spec, (cost) => {
    for (let k = 0; k < n; k++) if (cost <= thresholds[k]!) return weights[k]!
    return 0
  })
}

/** Gaussian weights exp(−d²/(2σ²)), W(0) = 1, no normalizing constant (PySAL `weights.gaussian`). */
export function gaussianDecay(sigma: number): DecayFunction {
  const twoSigmaSquared = 2 * sigma ** 2
  return decay('gaussian', `gaussian:${sigma}`, (cost) => Math.exp((-cost * cost) / twoSigmaSquared))
}

/**
 * Gravity weights (max(d, minCost)/scale)^alpha (PySAL `weights.gravity`): alpha is NOT implicitly
 * negative, so `gravity:1,-1` is 1/d. With alpha < 0 and a cost of 0 the weight is infinite; give a
 * minimum cost (third parameter) when costs can be 0.
 */
export function gravityDecay(scale: number, alpha: number, minCost = 0): DecayFunction {
  const spec = `gravity:${scale},${alpha}${minCost !== 0 ? `,${minCost}` : ''}`
  return decay('gravity', spec, (cost) => Math.pow(Math.max(cost, minCost) / scale, alpha))
}

/** Parses a decay spec (`none`, `step:10=1,20=0.68,30=0.22`, `gaussian:SIGMA`, `gravity:SCALE,ALPHA[,MIN_COST]`); throws naming the bad part. */
export function parseDecay(spec: string): DecayFunction {
  const text = spec.trim()
  const colon = text.indexOf(':')
  const kind = (colon < 0 ? text : text.slice(0, colon)).trim().toLowerCase()
  const rest = colon < 0 ? undefined : text.slice(colon + 1)
  switch (kind) {
    case 'none': {
      if (rest !== undefined) throw new DecaySpecError(spec, '"none" takes no parameters')
      return noDecay()
    }
    case 'step': {
      if (rest === undefined || rest.trim() === '') throw new DecaySpecError(spec, '"step" needs at least one THRESHOLD=WEIGHT')
      const steps: [number, number][] = []
      for (const part of rest.split(',')) {
        const eq = part.indexOf('=')
        if (eq < 0) throw new DecaySpecError(spec, `step "${part.trim()}" is not THRESHOLD=WEIGHT`)
        const threshold = number(part.slice(0, eq))
        const weight = number(part.slice(eq + 1))
        if (threshold === undefined || threshold < 0) throw new DecaySpecError(spec, `threshold "${part.slice(0, eq).trim()}" in "${part.trim()}" is not a non-negative number`)
        if (weight === undefined || weight < 0) throw new DecaySpecError(spec, `weight "${part.slice(eq + 1).trim()}" in "${part.trim()}" is not a non-negative number`)
        if (steps.some(([t]) => t === threshold)) throw new DecaySpecError(spec, `threshold ${threshold} appears twice`)
        steps.push([threshold, weight])
      }
      return stepDecay(steps)
    }
    case 'gaussian': {
      if (rest === undefined) throw new DecaySpecError(spec, '"gaussian" needs SIGMA, e.g. gaussian:2500')
      const sigma = number(rest)
      if (sigma === undefined || sigma <= 0) throw new DecaySpecError(spec, `SIGMA "${rest.trim()}" is not a positive number`)
      return gaussianDecay(sigma)
    }
    case 'gravity': {
      if (rest === undefined) throw new DecaySpecError(spec, '"gravity" needs SCALE,ALPHA, e.g. gravity:1,-1 for 1/d')
      const parts = rest.split(',')
      if (parts.length < 2 || parts.length > 3) throw new DecaySpecError(spec, `"gravity" takes SCALE,ALPHA[,MIN_COST], got ${parts.length} parameter${parts.length === 1 ? '' : 's'}`)
      const [scaleText = '', alphaText = '', minText] = parts
      const scale = number(scaleText)
      if (scale === undefined || scale <= 0) throw new DecaySpecError(spec, `SCALE "${scaleText.trim()}" is not a positive number`)
      const alpha = number(alphaText)
      if (alpha === undefined) throw new DecaySpecError(spec, `ALPHA "${alphaText.trim()}" is not a number`)
      let minCost = 0
      if (minText !== undefined) {
        const parsed = number(minText)
        if (parsed === undefined || parsed < 0) throw new DecaySpecError(spec, `MIN_COST "${minText.trim()}" is not a non-negative number`)
        minCost = parsed
      }
      return gravityDecay(scale, alpha, minCost)
    }
    default:
      throw new DecaySpecError(spec, `unknown decay "${kind}"`)
  }
}
