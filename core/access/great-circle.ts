/**
 * Cost lists from coordinates: great-circle (haversine) distances in metres, found through a grid of
 * latitude × longitude buckets so only sites in nearby buckets are measured.
 */
import type { CostList } from './types'

/** Mean Earth radius in metres (IUGG R1), the sphere of every great-circle distance here. */
export const EARTH_RADIUS_M = 6_371_008.8

const RAD = Math.PI / 180

/** Great-circle distance in metres between two lon/lat points in degrees (haversine formula). */
export function greatCircleMetres(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const sinLat = Math.sin(((lat2 - lat1) * RAD) / 2)
  const sinLon = Math.sin(((lon2 - lon1) * RAD) / 2)
  const h = sinLat * sinLat + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * sinLon * sinLon
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** Points as parallel coordinate arrays in degrees (WGS 84 lon/lat). */
export interface LonLatPoints {
  lon: Float64Array
  lat: Float64Array
}

class Growable {
  origin = new Int32Array(1024)
  dest = new Int32Array(1024)
  cost = new Float64Array(1024)
  length = 0
  push(i: number, j: number, d: number): void {
    if (this.length === this.origin.length) {
      const size = this.length * 2
      const origin = new Int32Array(size)
      origin.set(this.origin)
      this.origin = origin
      const dest = new Int32Array(size)
      dest.set(this.dest)
      this.dest = dest
      const cost = new Float64Array(size)
      cost.set(this.cost)
      this.cost = cost
    }
    this.origin[this.length] = i
    this.dest[this.length] = j
    this.cost[this.length++] = d
  }
  done(): CostList {
    return { origin: this.origin.slice(0, this.length), dest: this.dest.slice(0, this.length), cost: this.cost.slice(0, this.length) }
  }
}

/**
 * Every (demand point, site) pair no more than `maxMetres` apart, with its great-circle distance in
 * metres as the cost, by demand point then bucket order. Sites are bucketed on a lon/lat grid about
 * `maxMetres` tall; each demand point measures only the sites in buckets that can hold one within reach
 * (longitude span widened by 1/cos(latitude); the antimeridian is handled; near a pole all longitudes).
 */
export function costsWithinDistance(demand: LonLatPoints, sites: LonLatPoints, maxMetres: number): CostList {
  if (!(maxMetres >= 0 && maxMetres < Infinity)) throw new RangeError(`maxMetres must be a finite non-negative number, got ${maxMetres}`)
  const out = new Growable()
  const siteCount = sites.lon.length
  const demandCount = demand.lon.length
  if (siteCount === 0 || demandCount === 0) return out.done()

  let minLat = Infinity
  let maxLat = -Infinity
  let minLon = Infinity
  let maxLon = -Infinity
  for (let j = 0; j < siteCount; j++) {
    const lat = sites.lat[j]!
    const lon = sites.lon[j]!
    if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) throw new RangeError(`site ${j}: (${lon}, ${lat}) is not a lon/lat in degrees`)
    if (lat < minLat) minLat = lat
    if (lat > maxLat) maxLat = lat
    if (lon < minLon) minLon = lon
    if (lon > maxLon) maxLon = lon
  }
  // Bucket height: the radius in degrees of latitude, but no more than 1024 rows/columns over the sites.
  // (widened by a hair so rounding never drops a site exactly at the radius)
  const reachDeg = (maxMetres / (EARTH_RADIUS_M * RAD)) * (1 + 1e-9) + 1e-12
  const cellLat = Math.max(reachDeg, (maxLat - minLat) / 1024, 1e-9)
  const cellLon = Math.max(reachDeg, (maxLon - minLon) / 1024, 1e-9)
  const rows = Math.floor((maxLat - minLat) / cellLat) + 1
  const cols = Math.floor((maxLon - minLon) / cellLon) + 1
  const cellStart = new Int32Array(rows * cols + 1)
  const cellOf = new Int32Array(siteCount)
  for (let j = 0; j < siteCount; j++) {
    const r = Math.min(rows - 1, Math.floor((sites.lat[j]! - minLat) / cellLat))
    const c = Math.min(cols - 1, Math.floor((sites.lon[j]! - minLon) / cellLon))
    const cell = r * cols + c
    cellOf[j] = cell
    cellStart[cell + 1]!++
  }
  for (let k = 0; k < rows * cols; k++) cellStart[k + 1]! += cellStart[k]!
  const cellSites = new Int32Array(siteCount)
  const fill = cellStart.slice(0, rows * cols)
  for (let j = 0; j < siteCount; j++) cellSites[fill[cellOf[j]!]!++] = j

  const siteLon = sites.lon
  const siteLat = sites.lat
  const siteCos = Float64Array.from(siteLat, (lat) => Math.cos(lat * RAD))
  for (let i = 0; i < demandCount; i++) {
    const lon = demand.lon[i]!
    const lat = demand.lat[i]!
    if (!(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) throw new RangeError(`demand point ${i}: (${lon}, ${lat}) is not a lon/lat in degrees`)
    const cosLat = Math.cos(lat * RAD)
    const latLo = lat - reachDeg
    const latHi = lat + reachDeg
    const r0 = Math.max(0, Math.floor((latLo - minLat) / cellLat))
    const r1 = Math.min(rows - 1, Math.floor((latHi - minLat) / cellLat))
    if (r0 > r1) continue
    // Widest longitude offset of the spherical cap of radius δ around (lon, lat): asin(sin δ / cos lat),
    // all longitudes when the cap holds a pole.
    const delta = maxMetres / EARTH_RADIUS_M
    const lonReach = delta >= Math.PI / 2 || Math.sin(delta) >= cosLat ? 360 : (Math.asin(Math.sin(delta) / cosLat) / RAD) * (1 + 1e-9) + 1e-12
    const windows: [number, number][] = lonReach >= 180
      ? [[minLon, maxLon]]
      : [[lon - lonReach, lon + lonReach], [lon - lonReach - 360, lon + lonReach - 360], [lon - lonReach + 360, lon + lonReach + 360]]
    for (const [lo, hi] of windows) {
      if (hi < minLon || lo > maxLon) continue
      const c0 = Math.max(0, Math.floor((lo - minLon) / cellLon))
      const c1 = Math.min(cols - 1, Math.floor((hi - minLon) / cellLon))
      for (let r = r0; r <= r1; r++) {
        const from = cellStart[r * cols + c0]!
        const to = cellStart[r * cols + c1 + 1]!
        for (let k = from; k < to; k++) {
          const j = cellSites[k]!
          const sinLat = Math.sin(((siteLat[j]! - lat) * RAD) / 2)
          const sinLon = Math.sin(((siteLon[j]! - lon) * RAD) / 2)
          const h = sinLat * sinLat + cosLat * siteCos[j]! * sinLon * sinLon
          const d = 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)))
          if (d <= maxMetres) out.push(i, j, d)
        }
      }
    }
  }
  return out.done()
}
