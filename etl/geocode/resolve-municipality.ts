/**
 * Which municipality a name designates, using the other columns of the row to choose between
 * municipalities that share a name (Saint-Louis-de-Gonzague, Hatley, Stanstead, ...).
 */
import { distanceKm } from './area'
import type { Gazetteer, GazetteerMunicipality, PlaceCandidate } from './gazetteer'

/** Places farther apart than this are not "the same place" (coordinates vs municipality, twins). */
export const AGREEMENT_KM = 30
/** Same-name municipalities closer than this, in one MRC, are twins (a village and its parish or township). */
export const TWIN_KM = 10

export interface ResolveHints {
  /** Normalized full postal code of the row ("J0B 2C0"). */
  postalCode?: string | null
  /** Its FSA ("J0B"). */
  fsa?: string | null
  /** A trusted point of the row (its coordinates, or its postal code's centroid). */
  point?: { lon: number; lat: number } | null
}

export type MunicipalityResolution =
  | {
      status: 'found'
      /** The municipality, or null for twins too close to tell apart (the MRC is still right). */
      municipalityId: number | null
      lon: number
      lat: number
      candidate: PlaceCandidate | null
      note?: string
    }
  | { status: 'ambiguous'; reason: string }
  | { status: 'unknown'; reason: string }

/**
 * Resolves a municipality cell. Among same-name candidates it keeps, in turn: those of the
 * designation the text named ("Canton de Hatley"); the inhabited ones; those within AGREEMENT_KM of
 * the row's trusted point; those whose hall has the row's full postal code, else its FSA, else the
 * one nearest the FSA centroid. Twins left (all within TWIN_KM, one MRC) give the MRC but no
 * municipality; other ties are `ambiguous`, with the candidates listed.
 */
export function resolveMunicipality(name: string, gazetteer: Gazetteer, hints: ResolveHints = {}): MunicipalityResolution {
  const { candidates, designation } = gazetteer.lookup(name)
  if (candidates.length === 0) return { status: 'unknown', reason: `municipality ${shown(name)} is not in the gazetteer` }
  if (candidates.length === 1) return found(candidates[0]!)

  let remaining: readonly PlaceCandidate[] = candidates
  let notes = ''
  let kept: readonly PlaceCandidate[] | null

  if (designation) {
    kept = narrowed(remaining, remaining.filter((c) => c.kind === 'municipality' && c.municipality.designationKey.startsWith(designation)))
    if (kept) remaining = kept
  }
  kept = narrowed(remaining, remaining.filter((c) => (c.municipality.population ?? 1) > 0))
  if (kept) remaining = kept
  const point = hints.point
  if (point && remaining.length > 1) {
    kept = narrowed(remaining, remaining.filter((c) => distanceKm(c.lon, c.lat, point.lon, point.lat) <= AGREEMENT_KM))
    if (kept) {
      remaining = kept
      notes = 'chosen by the coordinates'
    }
  }
  const postalCode = hints.postalCode
  if (remaining.length > 1 && postalCode) {
    kept = narrowed(remaining, remaining.filter((c) => c.postalCode === postalCode))
    if (kept) {
      remaining = kept
      notes = join(notes, 'chosen by the postal code')
    }
  }
  const fsa = hints.fsa
  if (remaining.length > 1 && fsa) {
    const inFsa = remaining.filter((c) => c.postalCode !== null && c.postalCode.startsWith(fsa))
    kept = narrowed(remaining, inFsa)
    if (kept) {
      remaining = kept
      notes = join(notes, `chosen by the FSA ${fsa}`)
    } else if (inFsa.length === 0) {
      const centroid = gazetteer.fsa(fsa)
      if (centroid) {
        const nearest = nearestOf(remaining, centroid.lon, centroid.lat)
        if (nearest) {
          remaining = [nearest]
          notes = join(notes, `chosen as the nearest to the centroid of FSA ${fsa}`)
        }
      }
    }
  }
  if (remaining.length === 1 || sameMunicipality(remaining)) return found(remaining[0]!, notes)

  if (areTwins(remaining)) {
    const lon = remaining.reduce((sum, c) => sum + c.lon, 0) / remaining.length
    const lat = remaining.reduce((sum, c) => sum + c.lat, 0) / remaining.length
    return {
      status: 'found',
      municipalityId: null,
      lon,
      lat,
      candidate: null,
      note: `${shown(name)} is ${describe(remaining)}, neighbours in one MRC: placed between them, municipality left open`,
    }
  }
  return {
    status: 'ambiguous',
    reason: `municipality ${shown(name)} is ambiguous: ${describe(remaining)}; a postal code or a designation ("Ville de ...", "Canton de ...") would decide`,
  }
}

/**
 * The name as reports may quote it: a municipality cell holding digits or a long text is likely an
 * address typed in the wrong column, and is withheld.
 */
export function shown(name: string): string {
  const text = name.trim()
  return /\d/.test(text) || text.length > 80 ? '(a value with digits or over 80 characters, withheld)' : `"${text}"`
}

/** `kept` when it is a real narrowing (some but not all candidates), else null. */
function narrowed(remaining: readonly PlaceCandidate[], kept: readonly PlaceCandidate[]): readonly PlaceCandidate[] | null {
  return kept.length > 0 && kept.length < remaining.length ? kept : null
}

function join(a: string, b: string): string {
  return a === '' ? b : `${a}; ${b}`
}

/** The candidate strictly nearest to a point, or null on a tie. */
function nearestOf(candidates: readonly PlaceCandidate[], lon: number, lat: number): PlaceCandidate | null {
  let best: PlaceCandidate | null = null
  let bestDistance = Infinity
  let tie = false
  for (const c of candidates) {
    const distance = distanceKm(c.lon, c.lat, lon, lat)
    if (distance < bestDistance) {
      best = c
      bestDistance = distance
      tie = false
    } else if (distance === bestDistance) tie = true
  }
  return tie ? null : best
}

function found(candidate: PlaceCandidate, note = ''): MunicipalityResolution {
  const result: MunicipalityResolution = { status: 'found', municipalityId: candidate.municipality.id, lon: candidate.lon, lat: candidate.lat, candidate }
  const via = candidate.kind === 'municipality' ? '' : `${candidate.kind === 'former' ? 'former place' : 'borough'} ${candidate.name} of ${candidate.municipality.name}`
  if (via !== '' || note !== '') result.note = via === '' ? note : note === '' ? via : `${via}; ${note}`
  return result
}

function sameMunicipality(candidates: readonly PlaceCandidate[]): boolean {
  return candidates.every((c) => c.municipality.id === candidates[0]!.municipality.id)
}

function areTwins(candidates: readonly PlaceCandidate[]): boolean {
  const mrc = candidates[0]!.municipality.mrcId
  if (mrc === null || candidates.some((c) => c.municipality.mrcId !== mrc)) return false
  return candidates.every((a) => candidates.every((b) => distanceKm(a.lon, a.lat, b.lon, b.lat) <= TWIN_KM))
}

function describe(candidates: readonly PlaceCandidate[]): string {
  return candidates.map((c) => label(c.municipality, c)).join(', ')
}

function label(m: GazetteerMunicipality, c: PlaceCandidate): string {
  const what = c.kind === 'municipality'
    ? [m.designation, m.code, m.postalCode].filter(Boolean).join(', ')
    : `${c.kind} of ${m.name} ${m.code}`
  return `${c.name} (${what})`
}
