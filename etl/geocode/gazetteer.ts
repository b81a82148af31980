/**
 * The in-memory gazetteer the offline geocoder reads: municipalities (gazetteer points with their
 * town-hall postal code), boroughs, former places of merged cities, FSA centroids and, when a user
 * loaded one, full postal codes. Built once per import, then answers in constant time per row.
 */
import type { Queryable } from '../../core/db/database'
import { namedQuery } from '../../core/db/named-query'
import { normalizeFsa, normalizePostalCode } from '../normalize/postal-code'
import { FORMER_PLACES } from './place-aliases'
import { articleVariants, designationKey, parsePlaceName, placeKey } from './place-name'

export interface MunicipalityRow {
  id: number
  code: string
  name: string
  designation?: string | null
  /** The MRC (parent territory) id. */
  mrcId: number | null
  population?: number | null
  lon: number
  lat: number
  /** Town-hall postal code. */
  postalCode?: string | null
}

export interface BoroughRow {
  code: string
  name: string
  municipalityId: number
  postalCode?: string | null
}

export interface PointRow {
  code: string
  lon: number
  lat: number
}

export interface GazetteerSource {
  municipalities: readonly MunicipalityRow[]
  boroughs?: readonly BoroughRow[]
  fsas?: readonly PointRow[]
  /** Full postal codes of a user-loaded file (table postal_code); none is shipped. */
  postalCodes?: Iterable<PointRow>
}

export interface GazetteerMunicipality {
  id: number
  code: string
  name: string
  designation: string | null
  /** Folded designation, for "Canton de X" look-ups. */
  designationKey: string
  mrcId: number | null
  population: number | null
  lon: number
  lat: number
  postalCode: string | null
  fsa: string | null
}

/** One place a name may designate. */
export interface PlaceCandidate {
  municipality: GazetteerMunicipality
  /** How the name matched: the municipality itself, one of its boroughs, or a former place merged into it. */
  kind: 'municipality' | 'borough' | 'former'
  /** The matched place's own name (the borough's for a borough). */
  name: string
  /** Where to put a record placed by this name: the municipality's point, or the FSA centroid of a borough hall. */
  lon: number
  lat: number
  /** Postal code of the place's hall, for disambiguation by the requester's postal code. */
  postalCode: string | null
}

export interface PlaceLookup {
  candidates: readonly PlaceCandidate[]
  /** The designation the text named ("Canton de Hatley" → "canton"), or null. */
  designation: string | null
}

const LOOKUP_CACHE_LIMIT = 100_000
const EMPTY: PlaceLookup = { candidates: [], designation: null }

/** Points by code in two typed arrays, so a million postal codes stay compact. */
class PointTable {
  private readonly index = new Map<string, number>()
  private coords = new Float64Array(2048)

  get size(): number {
    return this.index.size
  }

  set(code: string, lon: number, lat: number): void {
    let i = this.index.get(code)
    if (i === undefined) {
      i = this.index.size
      if (2 * i + 2 > this.coords.length) {
        const grown = new Float64Array(this.coords.length * 2)
        grown.set(this.coords)
        this.coords = grown
      }
      this.index.set(code, i)
    }
    this.coords[2 * i] = lon
    this.coords[2 * i + 1] = lat
  }

  get(code: string): { lon: number; lat: number } | undefined {
    const i = this.index.get(code)
    return i === undefined ? undefined : { lon: this.coords[2 * i]!, lat: this.coords[2 * i + 1]! }
  }
}

export class Gazetteer {
  readonly municipalities: readonly GazetteerMunicipality[]
  private readonly byId = new Map<number, GazetteerMunicipality>()
  private readonly byKey = new Map<string, PlaceCandidate[]>()
  private readonly formerByKey = new Map<string, PlaceCandidate[]>()
  private readonly fsaPoints = new PointTable()
  private readonly postalPoints = new PointTable()
  private readonly cache = new Map<string, PlaceLookup>()

  constructor(source: GazetteerSource) {
    for (const row of source.fsas ?? []) {
      const fsa = normalizeFsa(row.code)
      if (fsa !== null && Number.isFinite(row.lon) && Number.isFinite(row.lat)) this.fsaPoints.set(fsa, row.lon, row.lat)
    }
    for (const row of source.postalCodes ?? []) {
      const code = normalizePostalCode(row.code)
      if (code !== null && Number.isFinite(row.lon) && Number.isFinite(row.lat)) this.postalPoints.set(code, row.lon, row.lat)
    }
    this.municipalities = source.municipalities.map((row) => {
      const postalCode = normalizePostalCode(row.postalCode ?? null)
      const municipality: GazetteerMunicipality = {
        id: row.id,
        code: row.code,
        name: row.name,
        designation: row.designation ?? null,
        designationKey: designationKey(row.designation),
        mrcId: row.mrcId,
        population: row.population ?? null,
        lon: row.lon,
        lat: row.lat,
        postalCode,
        fsa: postalCode?.slice(0, 3) ?? null,
      }
      this.byId.set(row.id, municipality)
      return municipality
    })
    const byCode = new Map(this.municipalities.map((m) => [m.code, m]))
    for (const m of this.municipalities) {
      this.add(this.byKey, placeKey(m.name), { municipality: m, kind: 'municipality', name: m.name, lon: m.lon, lat: m.lat, postalCode: m.postalCode })
    }
    for (const borough of source.boroughs ?? []) {
      const municipality = this.byId.get(borough.municipalityId)
      if (!municipality) continue
      const postalCode = normalizePostalCode(borough.postalCode ?? null)
      const hall = postalCode ? this.fsaPoints.get(postalCode.slice(0, 3)) : undefined
      const candidate: PlaceCandidate = {
        municipality,
        kind: 'borough',
        name: borough.name,
        lon: hall?.lon ?? municipality.lon,
        lat: hall?.lat ?? municipality.lat,
        postalCode,
      }
      // The whole name, and each former place of a composed name ("Mercier--Hochelaga-Maisonneuve").
      const names = new Set([borough.name, ...(borough.name.includes('--') ? borough.name.split('--') : [])])
      for (const name of names) this.add(this.byKey, placeKey(name), candidate)
    }
    for (const [code, names] of Object.entries(FORMER_PLACES)) {
      const municipality = byCode.get(code)
      if (!municipality) continue
      for (const name of names) {
        this.add(this.formerByKey, placeKey(name), {
          municipality, kind: 'former', name, lon: municipality.lon, lat: municipality.lat, postalCode: null,
        })
      }
    }
  }

  private add(map: Map<string, PlaceCandidate[]>, key: string, candidate: PlaceCandidate) {
    const list = map.get(key)
    if (!list) map.set(key, [candidate])
    else if (!list.some((c) => c.municipality.id === candidate.municipality.id && c.kind === candidate.kind && c.name === candidate.name)) list.push(candidate)
  }

  /** The municipality of an id. */
  municipality(id: number): GazetteerMunicipality | undefined {
    return this.byId.get(id)
  }

  /** The centroid of an FSA ("H2X"). */
  fsa(code: string): { lon: number; lat: number } | undefined {
    return this.fsaPoints.get(code)
  }

  /** The centroid of a full postal code ("H2X 1Y4") from the user-loaded postal-code table. */
  postalCode(code: string): { lon: number; lat: number } | undefined {
    return this.postalPoints.get(code)
  }

  get fsaCount(): number {
    return this.fsaPoints.size
  }

  get postalCodeCount(): number {
    return this.postalPoints.size
  }

  /**
   * Every place a municipality cell may name: municipalities and boroughs whose name has the
   * same key (accents, case, St/Ste, hyphens, "Ville de", "(Canton)", ", QC" aside), else with a
   * leading article added or removed, else former places of merged cities.
   */
  lookup(text: string): PlaceLookup {
    const cached = this.cache.get(text)
    if (cached) return cached
    const result = this.find(text)
    if (this.cache.size >= LOOKUP_CACHE_LIMIT) this.cache.clear()
    this.cache.set(text, result)
    return result
  }

  private find(text: string): PlaceLookup {
    const whole = placeKey(text)
    if (whole === '') return EMPTY
    const direct = this.byKey.get(whole)
    if (direct) return { candidates: direct, designation: null }
    const { key, designation } = parsePlaceName(text)
    if (key === '') return EMPTY
    const found = this.byKey.get(key)
      ?? articleVariants(key).map((variant) => this.byKey.get(variant)).find((list) => list !== undefined)
      ?? this.formerByKey.get(key)
    return { candidates: found ?? [], designation }
  }
}

/** The gazetteer of in-memory rows (tests, and loadGazetteer). */
export function buildGazetteer(source: GazetteerSource): Gazetteer {
  return new Gazetteer(source)
}

/** Postal codes read per query, so a national file never sits whole in one result set. */
const POSTAL_PAGE = 100_000

/** Reads the gazetteer from the database: municipalities, boroughs, FSAs, and the postal_code table if present. */
export async function loadGazetteer(db: Queryable): Promise<Gazetteer> {
  const municipalities = await db.query<{
    id: number; code: string; name: string; designation: string | null; mrc_id: number | null
    population: number | null; lon: number; lat: number; postal_code: string | null
  }>(namedQuery('geocode/municipalities'))
  const boroughs = await db.query<{ code: string; name: string; municipality_id: number; postal_code: string | null }>(namedQuery('geocode/boroughs'))
  const fsas = await db.query<PointRow>(namedQuery('geocode/fsas'))
  const [table] = await db.query<{ present: boolean }>(namedQuery('geocode/has-postal-codes'))
  const postalCodes: PointRow[] = []
  if (table?.present) {
    let after = ''
    for (;;) {
      const page = await db.query<PointRow>(namedQuery('geocode/postal-codes'), [after, POSTAL_PAGE])
      for (const row of page) postalCodes.push(row)
      if (page.length < POSTAL_PAGE) break
      after = page[page.length - 1]!.code
    }
  }
  return buildGazetteer({
    municipalities: municipalities.map((m) => ({
      id: m.id, code: m.code, name: m.name, designation: m.designation, mrcId: m.mrc_id,
      population: m.population, lon: m.lon, lat: m.lat, postalCode: m.postal_code,
    })),
    boroughs: boroughs.map((b) => ({ code: b.code, name: b.name, municipalityId: b.municipality_id, postalCode: b.postal_code })),
    fsas,
    postalCodes,
  })
}
