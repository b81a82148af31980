/**
 * Synthetic community organizations: placed by population (a place's count grows a little slower
 * than its population, as directories show), with the kinds a bigger place can sustain.
 */
import type { SupplyRecord } from '../load/supply-writer'
import { ORGANIZATION_KINDS } from './profile'
import { cumulative, type Random } from './random'
import { cellCentre, type DemandUnit } from './units'

/** How many organizations of `total` each unit gets (stochastic rounding, exact in expectation). */
function allocate(units: readonly DemandUnit[], total: number, random: Random): number[] {
  const weights = units.map((unit) => unit.population ** 0.9)
  const sum = weights.reduce((a, b) => a + b, 0)
  return weights.map((weight) => random.round((total * weight) / sum))
}

/** Generates about `total` organizations with their services; `services[].area` names whom they serve. */
export function generateOrganizations(units: readonly DemandUnit[], total: number, random: Random): SupplyRecord[] {
  const counts = allocate(units, total, random)
  const records: SupplyRecord[] = []
  units.forEach((unit, unitIndex) => {
    const kinds = ORGANIZATION_KINDS.filter((kind) => (kind.minPopulation ?? 0) <= Math.max(unit.population, 4000))
    const picker = cumulative(kinds.map((kind) => kind.weight))
    const seen = new Map<string, number>()
    for (let i = 0; i < (counts[unitIndex] ?? 0); i++) {
      const kind = kinds[random.weighted(picker)]
      if (!kind) continue
      const ordinal = (seen.get(kind.name) ?? 0) + 1
      seen.set(kind.name, ordinal)
      const [cellLon, cellLat] = cellCentre(random.pick(unit.cells))
      // Organizations are public places: a jitter inside the cell (about 400 m) keeps them apart.
      const lon = cellLon + (random.next() - 0.5) * 0.008
      const lat = cellLat + (random.next() - 0.5) * 0.005
      const servesWholeMrc = unit.level === 'municipality' && unit.chain.mrc !== null && random.chance(0.6)
      const area = servesWholeMrc
        ? { territoryIds: [unit.chain.mrc as number] }
        : { radiusM: unit.level === 'neighbourhood' ? 2000 + random.int(4000) : 8000 + random.int(20000) }
      records.push({
        source: 'demo',
        sourceKey: `${unit.level}:${unit.code}:${kind.name}:${ordinal}`,
        name: `${kind.name} ${preposition(unit.name)}${unit.name}${ordinal > 1 ? ` (${ordinal})` : ''}`,
        description: 'Organisme fictif des données de démonstration / Fictitious demo organization',
        synthetic: true,
        location: {
          city: unit.city,
          postalCode: unit.level === 'municipality' ? unit.postalCode : null,
          lon: round6(lon),
          lat: round6(lat),
          precision: 'coordinates',
          municipalityId: unit.chain.municipality,
        },
        services: kind.services.map((service) => ({
          name: service.name,
          categories: service.categories,
          capacity: null,
          languages: unit.city === 'Ottawa' ? ['en', 'fr'] : random.chance(0.25) ? ['fr', 'en'] : ['fr'],
          area,
        })),
      })
    }
  })
  return records
}

function preposition(name: string): string {
  return /^[aeiouyéèêîôâh]/i.test(name) ? 'd’' : 'de '
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6
}
