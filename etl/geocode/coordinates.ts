/** Coordinates as files write them ("45,5017", " -73.567 ", "45.5°"), checked against the area Lacunes serves. */
import { inServiceArea } from './area'

/** A decimal degree from a cell: decimal comma or point, optional degree sign; null when not a number. */
export function parseDegree(value: string | number | null | undefined): number | null {
  if (value == null) return null
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (PLAIN.test(value)) return Number(value)
  const text = value.trim().replace(/\s*°\s*$/, '').replace(/^\+/, '').replace(/\u2212/g, '-')
  if (text === '' || !DEGREE.test(text)) return null
  return Number(text.replace(',', '.'))
}

const PLAIN = /^-?\d{1,3}(\.\d+)?$/
const DEGREE = /^-?(\d+([.,]\d*)?|[.,]\d+)$/

export type CoordinateCheck =
  | { ok: true; lon: number; lat: number; note?: string }
  | { ok: false; field: 'latitude' | 'longitude'; reason: string }

/**
 * Validates a latitude/longitude pair: both numbers, not 0,0, inside Quebec or the Ottawa area.
 * Repairs, with a note, the two usual slips: latitude and longitude swapped, and a longitude
 * written without its minus sign (every point of the area is west of Greenwich).
 * Reasons quote the values only with `revealValues` (organizations): a requester's coordinates
 * must not reach a report.
 */
export function checkCoordinates(
  latitude: string | number | null | undefined,
  longitude: string | number | null | undefined,
  options: { revealValues?: boolean } = {},
): CoordinateCheck {
  const lat = parseDegree(latitude)
  const lon = parseDegree(longitude)
  const reveal = options.revealValues === true
  if (lat === null) return { ok: false, field: 'latitude', reason: `latitude${reveal ? ` "${String(latitude)}"` : ''} is not a number` }
  if (lon === null) return { ok: false, field: 'longitude', reason: `longitude${reveal ? ` "${String(longitude)}"` : ''} is not a number` }
  if (lat === 0 && lon === 0) return { ok: false, field: 'latitude', reason: 'coordinates 0,0 (a missing value written as zero)' }
  const pair = reveal ? ` ${lat}, ${lon}` : ''
  if (Math.abs(lat) > 90 && Math.abs(lon) > 90) return { ok: false, field: 'latitude', reason: `coordinates${pair} are not degrees` }
  if (inServiceArea(lon, lat)) return { ok: true, lon, lat }
  if (inServiceArea(lat, lon)) return { ok: true, lon: lat, lat: lon, note: 'latitude and longitude were swapped' }
  if (inServiceArea(-lon, lat)) return { ok: true, lon: -lon, lat, note: 'longitude had no minus sign' }
  if (inServiceArea(-lat, lon)) return { ok: true, lon: -lat, lat: lon, note: 'latitude and longitude were swapped and the longitude had no minus sign' }
  return { ok: false, field: 'latitude', reason: `coordinates${pair} are outside Quebec and the Ottawa area` }
}
