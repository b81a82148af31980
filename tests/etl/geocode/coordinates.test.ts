import { describe, expect, it } from 'vitest'
import { distanceKm, inServiceArea } from '../../../etl/geocode/area'
import { checkCoordinates, parseDegree } from '../../../etl/geocode/coordinates'

describe('inServiceArea and distanceKm', () => {
  it('covers Quebec and the Ottawa area only', () => {
    expect(inServiceArea(-73.57, 45.5)).toBe(true) // Montréal
    expect(inServiceArea(-75.7, 45.42)).toBe(true) // Ottawa
    expect(inServiceArea(-64.5, 48.8)).toBe(true) // Gaspé
    expect(inServiceArea(-79.38, 43.65)).toBe(false) // Toronto
    expect(inServiceArea(0, 0)).toBe(false)
  })

  it('measures great-circle distances', () => {
    expect(distanceKm(-73.5673, 45.5017, -71.2082, 46.8139)).toBeCloseTo(233, -1) // Montréal–Québec
    expect(distanceKm(-73, 45, -73, 45)).toBe(0)
  })
})

describe('parseDegree', () => {
  it.each([
    ['45.5017', 45.5017],
    ['45,5017', 45.5017],
    [' -73.567 ', -73.567],
    ['45.5°', 45.5],
    ['+45.5', 45.5],
    ['\u221273.5', -73.5],
    [45.5, 45.5],
  ])('%j → %d', (text, expected) => {
    expect(parseDegree(text)).toBe(expected)
  })

  it.each(['', 'abc', '45.5.1', '45° 30′', null, Number.NaN])('refuses %j', (text) => {
    expect(parseDegree(text)).toBeNull()
  })
})

describe('checkCoordinates', () => {
  it('accepts a point of the area', () => {
    expect(checkCoordinates('45.5', '-73.6')).toEqual({ ok: true, lon: -73.6, lat: 45.5 })
  })

  it('repairs swapped latitude and longitude, with a note', () => {
    expect(checkCoordinates('-73.6', '45.5')).toEqual({ ok: true, lon: -73.6, lat: 45.5, note: 'latitude and longitude were swapped' })
  })

  it('repairs a longitude without its minus sign, with a note', () => {
    expect(checkCoordinates('45.5', '73.6')).toMatchObject({ ok: true, lon: -73.6, lat: 45.5, note: 'longitude had no minus sign' })
    expect(checkCoordinates('73.6', '45.5')).toMatchObject({ ok: true, lon: -73.6, lat: 45.5 })
  })

  it('refuses 0,0, points elsewhere and non-numbers, without quoting the values by default', () => {
    expect(checkCoordinates('0', '0')).toMatchObject({ ok: false, reason: expect.stringContaining('0,0') })
    const toronto = checkCoordinates('43.65', '-79.38')
    expect(toronto).toMatchObject({ ok: false, field: 'latitude', reason: 'coordinates are outside Quebec and the Ottawa area' })
    expect(checkCoordinates('abc', '-73')).toMatchObject({ ok: false, field: 'latitude', reason: 'latitude is not a number' })
    expect(checkCoordinates('45', 'x')).toMatchObject({ ok: false, field: 'longitude' })
  })

  it('quotes the values when asked (organizations)', () => {
    expect(checkCoordinates('43.65', '-79.38', { revealValues: true })).toMatchObject({ reason: 'coordinates 43.65, -79.38 are outside Quebec and the Ottawa area' })
  })
})
