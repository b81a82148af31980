/** The area Lacunes serves (Quebec and the Ottawa area) as bounding envelopes, and great-circle distances. */

export interface Envelope {
  minLon: number
  maxLon: number
  minLat: number
  maxLat: number
}

/** Quebec (with a margin for its borders), then the Ontario side of the Ottawa area. */
export const SERVICE_AREA: readonly Envelope[] = [
  { minLon: -79.8, maxLon: -57.0, minLat: 44.9, maxLat: 62.7 },
  { minLon: -76.4, maxLon: -75.2, minLat: 44.9, maxLat: 45.6 },
]

/** True when a point (degrees, WGS 84) lies in one of the envelopes of the area. */
export function inServiceArea(lon: number, lat: number): boolean {
  return SERVICE_AREA.some((e) => lon >= e.minLon && lon <= e.maxLon && lat >= e.minLat && lat <= e.maxLat)
}

const EARTH_RADIUS_KM = 6371.0088

/** Great-circle (haversine) distance in kilometres between two points in degrees. */
export function distanceKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const rad = Math.PI / 180
  const dLat = (lat2 - lat1) * rad
  const dLon = (lon2 - lon1) * rad
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)))
}
