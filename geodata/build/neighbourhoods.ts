// Neighbourhood polygons for Montréal, Québec and Ottawa. Each city's layer is simplified as its own
// topology (the three never touch). Ottawa has 2021 populations from ONS; Montréal and Québec do not,
// so theirs are estimated from FSA populations (interpolate.ts) and rescaled to MAMH totals.
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { Fsa } from './fsa.js';
import { apportion, interpolateWeights } from './interpolate.js';
import { check, readCsv, readGeoJson, SourceError, writeGeoJson } from './io.js';
import type { Municipality } from './municipalities.js';
import { sourceFile } from './sources.js';
import { PRECISION, ROUND_AND_CLEAN, runMapshaper } from './topology.js';

const FULL = '-simplify interval=3 keep-shapes';
const DISPLAY = '-simplify interval=40 keep-shapes';

type Geom = Polygon | MultiPolygon;

export interface NeighbourhoodProps {
  code: string;
  name: string;
  city: 'Montréal' | 'Québec' | 'Ottawa';
  parent_code: string | null;
  population: number;
  population_source: 'ons-2021' | 'estimated-fsa-areal';
  [k: string]: string | number | null;
}

interface Draft {
  code: string;
  name: string;
  /** Municipality the neighbourhood belongs to (Montréal's layer also covers the 14 villes liées). */
  municipality: string;
  geometry: Geom;
  population?: number;
}

/** Comparable form of a place name: no accents, case, spaces or punctuation. */
function nameKey(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

// ONS names are upper case; title-case them but keep a few proper spellings.
const OTTAWA_WORDS: Record<string, string> = { LEBRETON: 'LeBreton' };
function titleCase(s: string): string {
  if (s !== s.toUpperCase()) return s;
  return s.toLowerCase().replace(/[a-z]+/g, (w) => OTTAWA_WORDS[w.toUpperCase()] ?? w[0]!.toUpperCase() + w.slice(1));
}

function polygonOf(file: string, f: Feature, i: number): Geom {
  const g = f.geometry;
  if (g?.type !== 'Polygon' && g?.type !== 'MultiPolygon') throw new SourceError(file, `feature is not a polygon`, i);
  return g;
}

function loadMontreal(): Draft[] {
  const file = sourceFile('mtlQuartiers');
  return readGeoJson(file).features.map((f, i) => {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    if (!p.no_qr || !p.nom_qr || !p.nom_mun) throw new SourceError(file, 'missing no_qr/nom_qr/nom_mun', i);
    return { code: `MTL-${String(p.no_qr)}`, name: String(p.nom_qr), municipality: String(p.nom_mun), geometry: polygonOf(file, f, i) };
  });
}

function loadQuebec(): Draft[] {
  const file = sourceFile('vdqQuartiers');
  return readGeoJson(file).features.map((f, i) => {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    if (p.ID === undefined || !p.NOM) throw new SourceError(file, 'missing ID/NOM', i);
    return { code: `QC-${String(p.ID)}`, name: String(p.NOM), municipality: 'Québec', geometry: polygonOf(file, f, i) };
  });
}

function loadOttawa(): Draft[] {
  const popFile = sourceFile('onsGen3', 1);
  const pop = new Map<string, number>();
  for (const r of readCsv(popFile)) {
    const v = Number(r.get('SF_TotalPop'));
    if (!Number.isInteger(v) || v < 0) throw new SourceError(popFile, `bad SF_TotalPop "${r.get('SF_TotalPop')}"`, r.line);
    pop.set(r.get('ONS_ID'), v);
  }
  const file = sourceFile('onsGen3', 0);
  const out: Draft[] = [];
  readGeoJson(file).features.forEach((f, i) => {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    // The Gen3 file also holds 45 rural areas outside the city (Renfrew, Lanark…); only OTTAWA ones ship.
    if (p.ONS_Region !== 'OTTAWA') return;
    const id = String(p.ONS_ID ?? '');
    const population = pop.get(id);
    if (population === undefined) throw new SourceError(popFile, `no 2021 population for ONS_ID ${id} (${String(p.ONS_Name)})`);
    out.push({ code: `OTT-${id}`, name: titleCase(String(p.ONS_Name ?? '')), municipality: 'Ottawa', geometry: polygonOf(file, f, i), population });
  });
  check(out.length === pop.size, `${popFile}: ${pop.size} populations but ${out.length} OTTAWA polygons`);
  return out;
}

/** Simplify one city's layer at the given setting; returns geometry keyed by code. */
async function simplifyLayer(label: string, drafts: Draft[], simplify: string): Promise<Map<string, Geom>> {
  const fc = { type: 'FeatureCollection', features: drafts.map((d) => ({ type: 'Feature', properties: { code: d.code }, geometry: d.geometry })) };
  const out = await runMapshaper(label, `-i in.json -clean ${simplify} ${ROUND_AND_CLEAN} -o out.json format=geojson ${PRECISION}`, { 'in.json': fc });
  const byCode = new Map<string, Geom>();
  for (const f of out['out.json']!.features) byCode.set(String(f.properties?.code), f.geometry);
  for (const d of drafts) check(byCode.has(d.code), `${label}: neighbourhood ${d.code} lost its geometry in simplification`);
  return byCode;
}

/**
 * Estimate populations for a city whose neighbourhoods have none: FSA-Voronoi areal weights,
 * apportioned per municipality so each municipality's neighbourhoods sum to its MAMH population.
 */
function estimatePopulations(label: string, drafts: Draft[], fsas: Fsa[], muns: Municipality[], mrcCode: string): void {
  const weights = interpolateWeights(fsas, drafts.map((d) => ({ type: 'Feature', properties: {}, geometry: d.geometry })));
  const groups = new Map<string, number[]>();
  drafts.forEach((d, i) => groups.set(d.municipality, [...(groups.get(d.municipality) ?? []), i]));
  for (const [munName, idx] of groups) {
    const mun = muns.filter((m) => m.mrc_code === mrcCode && nameKey(m.name) === nameKey(munName));
    check(mun.length === 1, `${label}: municipality "${munName}" matches ${mun.length} MAMH rows in MRC ${mrcCode}`);
    const pops = apportion(mun[0]!.population, idx.map((i) => weights[i]!));
    idx.forEach((i, k) => (drafts[i]!.population = pops[k]!));
  }
}

export interface NeighbourhoodReport {
  montreal: number;
  quebec: number;
  ottawa: number;
  /** MAMH municipalities of the cities' MRCs with no neighbourhood (their people are not covered). */
  uncovered: string[];
}

/** Build neighbourhood.geojson and neighbourhood.display.geojson. */
export async function buildNeighbourhoods(fsas: Fsa[], muns: Municipality[]): Promise<NeighbourhoodReport> {
  const cities = [
    { city: 'Montréal' as const, parent: '66', drafts: loadMontreal(), expect: 91, label: 'montreal' },
    { city: 'Québec' as const, parent: '23', drafts: loadQuebec(), expect: 35, label: 'quebec' },
    { city: 'Ottawa' as const, parent: null, drafts: loadOttawa(), expect: 116, label: 'ottawa' },
  ];
  const uncovered: string[] = [];
  for (const c of cities) {
    check(c.drafts.length === c.expect, `${c.label}: expected ${c.expect} neighbourhoods, got ${c.drafts.length}`);
    check(new Set(c.drafts.map((d) => d.code)).size === c.drafts.length, `${c.label}: duplicate neighbourhood codes`);
    if (c.parent !== null) {
      estimatePopulations(c.label, c.drafts, fsas, muns, c.parent);
      const named = new Set(c.drafts.map((d) => nameKey(d.municipality)));
      for (const m of muns) if (m.mrc_code === c.parent && !named.has(nameKey(m.name))) uncovered.push(`${m.code} ${m.name} (${m.population})`);
    }
  }
  for (const [suffix, simplify] of [['', FULL], ['.display', DISPLAY]] as const) {
    const features: Feature<Geom, NeighbourhoodProps>[] = [];
    for (const c of cities) {
      const geoms = await simplifyLayer(`${c.label}${suffix}`, c.drafts, simplify);
      for (const d of [...c.drafts].sort((a, b) => a.code.localeCompare(b.code, 'en', { numeric: true }))) {
        features.push({
          type: 'Feature',
          properties: {
            code: d.code,
            name: d.name,
            city: c.city,
            parent_code: c.parent,
            population: d.population!,
            population_source: c.parent === null ? 'ons-2021' : 'estimated-fsa-areal',
          },
          geometry: geoms.get(d.code)!,
        });
      }
    }
    writeGeoJson(`territories/neighbourhood${suffix}.geojson`, { type: 'FeatureCollection', features });
  }
  return { montreal: cities[0]!.drafts.length, quebec: cities[1]!.drafts.length, ottawa: cities[2]!.drafts.length, uncovered };
}
