/**
 * Offline geocoding of one record (a request or an organization's location), most specific
 * consistent source first:
 *   (a) coordinates of the file, inside Quebec or the Ottawa area (swapped latitude/longitude and a
 *       missing minus sign repaired, with a note; 0,0 and points elsewhere refused);
 *   (b) the full postal code, in the user-loaded postal_code table;
 *   (c) the municipality name against the gazetteer (boroughs, former places, shared names decided
 *       by the postal code, see resolve-municipality.ts);
 *   (d) the FSA centroid;
 *   (e) otherwise rejected, with every reason met on the way.
 *
 * Disagreements. A rural FSA covers hundreds of km², so when a municipality resolves, the FSA never
 * moves the point (c wins over d). When coordinates (or a postal-code centroid) lie more than
 * AGREEMENT_KM from the municipality named, the point wins — it is the more specific source and
 * lies in the area — but municipalityId is left null (the pipeline then finds the polygon levels
 * by point in polygon, so MRC and region follow the point, not the contradicted name) and the note
 * says so. Within AGREEMENT_KM the municipality named is kept as municipalityId.
 */
import type { Precision } from '../../core/domain/request-fields'
import { normalizeFsa, normalizePostalCode } from '../normalize/postal-code'
import { distanceKm, inServiceArea } from './area'
import { checkCoordinates } from './coordinates'
import type { Gazetteer } from './gazetteer'
import { AGREEMENT_KM, resolveMunicipality, type MunicipalityResolution } from './resolve-municipality'

export interface GeocodeInput {
  latitude?: string | number | null
  longitude?: string | number | null
  /** A full postal code or an FSA alone, in any form. */
  postal_code?: string | null
  municipality?: string | null
}

export type GeocodeField = 'latitude' | 'longitude' | 'postal_code' | 'municipality'

export type GeocodeResult =
  | {
      ok: true
      lon: number
      lat: number
      precision: Exclude<Precision, 'territory'>
      /** The municipality named by the record when it resolves and agrees with the point, else null. */
      municipalityId: number | null
      /** The FSA of the record's postal code, else null. */
      fsa: string | null
      note?: string
    }
  | { ok: false; reason: string; field: GeocodeField }

interface Problem {
  field: GeocodeField
  reason: string
}

export interface GeocodeOptions {
  /**
   * Quote postal codes and coordinates in reasons and notes. Off by default: a requester's postal
   * code or coordinates must never reach a report; organizations' imports may turn it on.
   */
  revealValues?: boolean
}

/** Places one record; never throws. */
export function geocode(input: GeocodeInput, gazetteer: Gazetteer, options: GeocodeOptions = {}): GeocodeResult {
  const reveal = options.revealValues === true
  // Problems met on the way: notes of the result when a later source places the record, else its reasons.
  let problems: Problem[] | null = null

  // The postal code: a full code, or an FSA alone.
  const postalText = input.postal_code == null ? '' : input.postal_code.trim()
  const postalCode = postalText === '' ? null : normalizePostalCode(postalText)
  const fsa = postalCode !== null ? postalCode.slice(0, 3) : postalText === '' ? null : normalizeFsa(postalText)
  if (postalText !== '' && fsa === null) {
    problems = [{ field: 'postal_code', reason: `postal code${reveal ? ` "${postalText}"` : ''} is not a valid Canadian postal code` }]
  }
  const municipalityText = input.municipality == null ? '' : input.municipality.trim()

  // (a) coordinates
  const latText = input.latitude == null ? '' : String(input.latitude).trim()
  const lonText = input.longitude == null ? '' : String(input.longitude).trim()
  if (latText !== '' || lonText !== '') {
    let problem: Problem
    if (latText === '') problem = { field: 'latitude', reason: 'longitude given without latitude' }
    else if (lonText === '') problem = { field: 'longitude', reason: 'latitude given without longitude' }
    else {
      const checked = checkCoordinates(input.latitude, input.longitude, { revealValues: reveal })
      if (checked.ok) {
        const notes = reasons(problems)
        if (checked.note) notes.unshift(checked.note)
        return placed(checked.lon, checked.lat, 'coordinates', resolveNamed(municipalityText, gazetteer, postalCode, fsa, checked), fsa, notes)
      }
      problem = { field: checked.field, reason: checked.reason }
    }
    problems = problems === null ? [problem] : [...problems, problem]
  }

  // (b) full postal code in the user-loaded table
  if (postalCode !== null) {
    const point = gazetteer.postalCode(postalCode)
    if (point && inServiceArea(point.lon, point.lat)) {
      return placed(point.lon, point.lat, 'postal_code', resolveNamed(municipalityText, gazetteer, postalCode, fsa, point), fsa, reasons(problems))
    }
  }

  // (c) municipality
  if (municipalityText !== '') {
    const municipality = resolveMunicipality(municipalityText, gazetteer, { postalCode, fsa, point: null })
    if (municipality.status === 'found') {
      const notes = reasons(problems)
      if (municipality.note) notes.push(municipality.note)
      return ok(municipality.lon, municipality.lat, 'municipality', municipality.municipalityId, fsa, notes)
    }
    if (municipality.status === 'ambiguous') {
      // A name shared by places far apart: the FSA centroid could land in the wrong one, so no fallback.
      return { ok: false, field: 'municipality', reason: [...reasons(problems), municipality.reason].join('; ') }
    }
    problems = [...(problems ?? []), { field: 'municipality', reason: municipality.reason }]
  }

  // (d) FSA centroid
  if (fsa !== null) {
    const centroid = gazetteer.fsa(fsa)
    if (centroid) return ok(centroid.lon, centroid.lat, 'fsa', null, fsa, reasons(problems))
    problems = [...(problems ?? []), { field: 'postal_code', reason: `FSA ${fsa} is not in Quebec or the Ottawa area` }]
  }

  // (e) rejected
  if (problems === null || problems.length === 0) {
    return { ok: false, field: 'postal_code', reason: 'no location: no coordinates, postal code or municipality' }
  }
  return { ok: false, field: problems[0]!.field, reason: reasons(problems).join('; ') }
}

function reasons(problems: readonly Problem[] | null): string[] {
  return problems === null ? [] : problems.map((p) => p.reason)
}

function resolveNamed(
  municipalityText: string,
  gazetteer: Gazetteer,
  postalCode: string | null,
  fsa: string | null,
  point: { lon: number; lat: number },
): MunicipalityResolution | null {
  return municipalityText === '' ? null : resolveMunicipality(municipalityText, gazetteer, { postalCode, fsa, point })
}

/** A result placed by a point (coordinates or postal code), checked against the municipality named. */
function placed(
  lon: number,
  lat: number,
  precision: 'coordinates' | 'postal_code',
  municipality: MunicipalityResolution | null,
  fsa: string | null,
  notes: string[],
): GeocodeResult {
  let municipalityId: number | null = null
  if (municipality?.status === 'found' && municipality.municipalityId !== null) {
    const distance = distanceKm(lon, lat, municipality.lon, municipality.lat)
    if (distance <= AGREEMENT_KM) municipalityId = municipality.municipalityId
    else notes.push(`the ${precision === 'coordinates' ? 'coordinates' : 'postal code'} lie ${Math.round(distance)} km from the municipality named: the point is kept, the municipality left open`)
  } else if (municipality && municipality.status !== 'found') {
    notes.push(municipality.reason)
  }
  return ok(lon, lat, precision, municipalityId, fsa, notes)
}

function ok(lon: number, lat: number, precision: Exclude<Precision, 'territory'>, municipalityId: number | null, fsa: string | null, notes: string[]): GeocodeResult {
  return notes.length > 0
    ? { ok: true, lon, lat, precision, municipalityId, fsa, note: notes.join('; ') }
    : { ok: true, lon, lat, precision, municipalityId, fsa }
}
