/**
 * Synthetic anonymized requests: where they come from follows population × deprivation, what they ask
 * for follows the 2-1-1 category shares, and a need goes unmet more often where that category's
 * supply is scarce around the requester.
 */
import { createHash } from 'node:crypto'
import { isoWeekOf, monthOfIsoWeek } from '../../core/domain/iso-week'
import type { RequestFields } from '../../core/domain/request'
import type { AgeGroup, Channel, Outcome } from '../../core/domain/request-fields'
import { hexToUuid } from '../anonymize/source-hash'
import {
  AGE_SHARES, CATEGORY_SHARES, CHANNEL_SHARES, CITIES_WITH_311, DEMO_FIRST_MONTH, DEMO_MONTHS, LANGUAGE_SHARES,
  OUTREACH_TEAM, UNMET_BASE, UNMET_DEFAULT_BASE,
} from './profile'
import { cumulative, pickWeighted, type Random } from './random'
import { cellCentre, type DemandUnit } from './units'

export interface DemoRequest extends RequestFields {
  fsa: string | null
  cell: string
  unit: DemandUnit
}

/** Supply of a category in an area relative to the median area (1 = median), per inhabitant. */
export type SupplyRatio = (area: string, category: string) => number

/** Children of each top-level category, to spread requests over subcategories. */
export type Subcategories = ReadonlyMap<string, readonly string[]>

interface Context {
  random: Random
  seed: number
  supplyRatio: SupplyRatio
  subcategories: Subcategories
  counter: { next: number }
}

/** The requests of the general population: 2-1-1, 8-1-1, 3-1-1, walk-in, funds and outreach elsewhere. */
export function* generateRequests(units: readonly DemandUnit[], total: number, context: Context): Generator<DemoRequest> {
  // Deprivation raises the rate of requests: +35 % per standard deviation, never below a third.
  const picker = cumulative(units.map((unit) => unit.population * Math.max(0.33, 1 + 0.35 * unit.deprivationZ)))
  for (let i = 0; i < total; i++) {
    const unit = units[context.random.weighted(picker)] as DemandUnit
    let channel = pickWeighted(context.random, CHANNEL_SHARES) as Channel
    if (channel === '311' && !CITIES_WITH_311.includes(unit.city)) channel = '211'
    const category = pickWeighted(context.random, CATEGORY_SHARES)
    yield makeRequest(unit, category, channel, pickWeighted(context.random, AGE_SHARES), context)
  }
}

/** The Memphrémagog outreach team's contacts: about 1,664 people a year in Magog, Potton and Stanstead. */
export function* generateOutreach(units: readonly DemandUnit[], context: Context): Generator<DemoRequest> {
  const mrcUnits = units.filter((unit) => unit.supplyArea === OUTREACH_TEAM.mrcCode)
  const places = OUTREACH_TEAM.places.map((place) => {
    const unit = mrcUnits.find((candidate) => candidate.name === place.name || candidate.name === `${place.name}`)
    if (!unit) throw new Error(`demo outreach: no municipality named ${place.name} in MRC ${OUTREACH_TEAM.mrcCode}`)
    return { unit, share: place.share }
  })
  const others = mrcUnits.filter((unit) => !places.some((place) => place.unit === unit))
  const rest = 1 - places.reduce((sum, place) => sum + place.share, 0)
  const picker = cumulative([...places.map((place) => place.share), rest])
  const total = Math.round((OUTREACH_TEAM.peoplePerYear * DEMO_MONTHS) / 12)
  for (let i = 0; i < total; i++) {
    const index = context.random.weighted(picker)
    const unit = places[index]?.unit ?? context.random.pick(others)
    const senior = context.random.chance(OUTREACH_TEAM.seniorShare)
    const age = senior ? '65+' : pickWeighted(context.random, { '18-34': 30, '35-49': 30, '50-64': 35, unknown: 5 } as const)
    yield makeRequest(unit, pickWeighted(context.random, OUTREACH_TEAM.categories), 'outreach', age, context)
  }
}

function makeRequest(unit: DemandUnit, top: string, channel: Channel, ageGroup: AgeGroup, context: Context): DemoRequest {
  const { random } = context
  const children = context.subcategories.get(top) ?? []
  const category = children.length > 0 && random.chance(0.7) ? random.pick(children) : top
  const isoWeek = randomWeek(random)
  const index = context.counter.next++
  return {
    // Demo requests have no source system: their id is a hash of the seed and their rank.
    id: hexToUuid(createHash('sha256').update(`demo:${context.seed}:${index}`).digest('hex')),
    isoWeek,
    month: monthOfIsoWeek(isoWeek),
    category,
    outcome: drawOutcome(unit, top, channel, context),
    ageGroup,
    language: pickWeighted(random, unit.city === 'Ottawa' ? LANGUAGE_SHARES.ottawa : unit.city === 'Montréal' ? LANGUAGE_SHARES.montreal : LANGUAGE_SHARES.default),
    channel,
    fsa: unit.postalCode ? unit.postalCode.slice(0, 3).toUpperCase() : null,
    cell: random.pick(unit.cells),
    unit,
  }
}

function drawOutcome(unit: DemandUnit, top: string, channel: Channel, { random, supplyRatio }: Context): Outcome {
  if (channel === 'fund' && random.chance(0.6)) return 'emergency_fund'
  const ratio = supplyRatio(unit.supplyArea, top)
  // Half the base chance where supply is ample, up to 2.5× where there is none.
  const pUnmet = Math.min(0.85, (UNMET_BASE[top] ?? UNMET_DEFAULT_BASE) * (0.5 + 2 / (1 + ratio)))
  const draw = random.next()
  if (draw < pUnmet) return 'unmet'
  if (draw < pUnmet + 0.04) return 'out_of_territory'
  if (draw < pUnmet + 0.09) return 'unknown'
  return 'referred'
}

/** A week of the demo period, slightly busier in winter and growing by about 8 % a year. */
function randomWeek(random: Random): string {
  for (;;) {
    const m = random.int(DEMO_MONTHS)
    const calendarMonth = (DEMO_FIRST_MONTH.month - 1 + m) % 12
    const weight = (1 + 0.12 * Math.cos((2 * Math.PI * calendarMonth) / 12)) * (1 + (0.08 * m) / 12)
    if (random.next() * 1.3 > weight) continue
    const year = DEMO_FIRST_MONTH.year + Math.floor((DEMO_FIRST_MONTH.month - 1 + m) / 12)
    // Days 4 to 25: the week's Thursday then falls in the same month, so the month is the one drawn.
    const day = 4 + random.int(22)
    return isoWeekOf(new Date(Date.UTC(year, calendarMonth, day)))
  }
}

/** The generalized place of a request: its cell, its FSA and its municipality. */
export function placeOf(request: DemoRequest): { key: string; h3_r8: string; fsa: string | null; municipality_id: number | null; lon: number; lat: number } {
  const [lon, lat] = cellCentre(request.cell)
  const municipality = request.unit.chain.municipality
  return { key: `demo:${request.cell}:${request.fsa ?? ''}:${municipality ?? ''}`, h3_r8: request.cell, fsa: request.fsa, municipality_id: municipality, lon, lat }
}

/** The CSV row of a request, in the column order of REQUEST_COLUMNS. */
export function requestRow(request: DemoRequest, importId: number, placeId: number): (string | number | boolean | null)[] {
  return [
    request.id, importId, request.isoWeek, request.month, request.category, request.outcome,
    request.ageGroup, request.language, request.channel, placeId, 'postal_code', true,
  ]
}

export const REQUEST_COLUMNS = [
  'id', 'import_id', 'iso_week', 'month', 'category_id', 'outcome', 'age_group', 'language', 'channel',
  'place_id', 'precision', 'synthetic',
] as const
