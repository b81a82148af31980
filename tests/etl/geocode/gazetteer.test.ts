import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { nameKey } from '../../../core/domain/name-key'
import { buildGazetteer } from '../../../etl/geocode/gazetteer'
import { articleVariants, parsePlaceName, placeKey } from '../../../etl/geocode/place-name'
import { geodataGazetteer, geodataRows, idOf } from './gazetteer-fixture'

const gazetteer = geodataGazetteer()
const names = [...new Set(geodataRows('municipalities.csv').map((row) => row.name!))]
const ids = (text: string) => gazetteer.lookup(text).candidates.map((c) => `${c.kind}:${c.municipality.id}`).sort()

describe('parsePlaceName', () => {
  it.each([
    ['Ville de Saint-Jérôme', 'saint jerome', 'ville'],
    ['Municipalité de Lac-Beauport', 'lac beauport', 'municipalite'],
    ['Canton de Hatley', 'hatley', 'canton'],
    ['Paroisse de Saint-Damase', 'saint damase', 'paroisse'],
    ['Hatley (CT)', 'hatley', 'canton'],
    ['Hatley (Canton)', 'hatley', 'canton'],
    ['Bedford, V', 'bedford', 'ville'],
    ['Gatineau, QC', 'gatineau', null],
    ['Sutton (Québec)', 'sutton', null],
    ['Arrondissement de Verdun', 'verdun', null],
    ['N.-D.-du-Bon-Conseil', 'notre dame du bon conseil', null],
    ['Ville-Marie', 'ville marie', null],
  ])('"%s" → %s (%s)', (text, key, designation) => {
    expect(parsePlaceName(text)).toEqual({ key, designation })
  })

  it('offers the name with and without a leading article', () => {
    expect(articleVariants('ange gardien')).toContain('l ange gardien')
    expect(articleVariants('les eboulements')).toEqual(['eboulements'])
  })
})

describe('Gazetteer', () => {
  it('finds municipalities, boroughs and former places', () => {
    expect(ids('Sherbrooke')).toEqual([`municipality:${idOf('43027')}`])
    expect(ids('Rosemont–La Petite-Patrie')).toEqual([`borough:${idOf('66023')}`])
    expect(ids('Plateau-Mont-Royal')).toEqual([`borough:${idOf('66023')}`])
    expect(ids('Lennoxville')).toEqual([`borough:${idOf('43027')}`])
    expect(ids('Hochelaga-Maisonneuve')).toEqual([`borough:${idOf('66023')}`])
    expect(ids('Hull')).toEqual([`former:${idOf('81017')}`])
    expect(ids('Éboulements')).toEqual([`municipality:${idOf('16048')}`])
    expect(ids('Sacré-Cœur')).toEqual([`municipality:${idOf('95010')}`])
    expect(ids('Zorglub')).toEqual([])
    expect(ids('')).toEqual([])
  })

  it('lists every municipality sharing a name', () => {
    expect(ids('Saint-Louis-de-Gonzague')).toEqual([`municipality:${idOf('28035')}`, `municipality:${idOf('70035')}`].sort())
    expect(gazetteer.lookup('Canton de Hatley')).toMatchObject({ designation: 'canton' })
  })

  it('knows FSA centroids, and postal codes only when a file was loaded', () => {
    expect(gazetteer.fsa('H2X')).toEqual({ lon: expect.any(Number), lat: expect.any(Number) })
    expect(gazetteer.fsaCount).toBeGreaterThan(400)
    expect(gazetteer.postalCodeCount).toBe(0)
    const withCodes = buildGazetteer({ municipalities: [], postalCodes: [{ code: 'h2x1y4', lon: -73.57, lat: 45.51 }] })
    expect(withCodes.postalCode('H2X 1Y4')).toEqual({ lon: -73.57, lat: 45.51 })
  })

  it('finds every municipality of the real gazetteer whatever the case, accents, St/Ste, dashes or "Ville de" (property)', () => {
    const abbreviate = (name: string) => name.replace(/\bSainte\b/g, 'Ste').replace(/\bSaint\b/g, 'St').replace(/\bSaints\b/g, 'Sts')
    const stripAccents = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '')
    const variant = fc.record({
      kase: fc.constantFrom('upper', 'lower', 'same'),
      accents: fc.boolean(),
      abbreviated: fc.boolean(),
      period: fc.boolean(),
      dash: fc.constantFrom('-', ' ', '–', '—', ' - '),
      prefix: fc.constantFrom('', 'Ville de ', 'Municipalité de ', 'ville de ', 'VILLE DE '),
      suffix: fc.constantFrom('', ', QC', ' (Québec)'),
    })
    fc.assert(
      fc.property(fc.constantFrom(...names), variant, (name, v) => {
        let text = v.abbreviated ? abbreviate(name) : name
        if (v.abbreviated && v.period) text = text.replace(/\b(Ste|St|Sts)\b/g, '$1.')
        text = text.replace(/-/g, v.dash)
        if (v.accents) text = stripAccents(text)
        text = v.kase === 'upper' ? text.toUpperCase() : v.kase === 'lower' ? text.toLowerCase() : text
        text = `${v.prefix}${text}${v.suffix}`
        expect(ids(text), text).toEqual(ids(name))
        expect(ids(name).length, name).toBeGreaterThan(0)
      }),
      { numRuns: 5000 },
    )
  })

  it('finds every municipality name as written (all of them)', () => {
    for (const name of names) {
      const found = gazetteer.lookup(name).candidates
      expect(found.length, name).toBeGreaterThan(0)
      const municipalities = found.filter((c) => c.kind === 'municipality')
      expect(municipalities.length, name).toBeGreaterThan(0)
      for (const candidate of municipalities) expect(placeKey(candidate.name)).toBe(placeKey(name))
    }
  })

  it('agrees with nameKey for names without place abbreviations', () => {
    fc.assert(fc.property(fc.constantFrom(...names), (name) => {
      expect(placeKey(name)).toBe(nameKey(name))
    }))
  })
})
