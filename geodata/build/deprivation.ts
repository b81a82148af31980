// CIMD 2021 dimension scores, population-weighted from dissemination areas (DA) up to regions, MRCs
// (through census divisions) and Ottawa neighbourhoods. There are no DA polygons, so the DAUID prefix
// (PR+CD) is the only spatial key for Quebec; CDs are not always 1:1 with SDA MRCs (see notes).
import { check, readCsv, SourceError, writeCsv } from './io.js';
import type { Municipality } from './municipalities.js';
import { sourceFile } from './sources.js';

const DIMENSIONS = [
  ['residential_instability', 'Residential instability Scores'],
  ['ethnocultural_composition', 'Ethno-cultural composition Scores'],
  ['economic_dependency', 'Economic dependency Scores'],
  ['situational_vulnerability', 'Situational vulnerability Scores'],
] as const;
type Dim = (typeof DIMENSIONS)[number][0];

interface Da {
  dauid: string;
  population: number;
  scores: Record<Dim, number>;
}

class Accumulator {
  daCount = 0;
  population = 0;
  sums: Record<Dim, number> = { residential_instability: 0, ethnocultural_composition: 0, economic_dependency: 0, situational_vulnerability: 0 };
  add(da: Da): void {
    this.daCount++;
    this.population += da.population;
    for (const [d] of DIMENSIONS) this.sums[d] += da.population * da.scores[d];
  }
  mean(d: Dim): number {
    return this.sums[d] / this.population;
  }
}

export interface DeprivationReport {
  rows: number;
  dasUsed: number;
  dasWithoutPopulation: number;
  /** Ottawa neighbourhoods that received at least one scored DA. */
  ottawaNeighbourhoods: number;
}

function loadDas(): { das: Da[]; withoutPopulation: number } {
  const popFile = sourceFile('cimd', 1);
  const pops = new Map<string, number>();
  for (const r of readCsv(popFile)) {
    const id = r.get('DAUID');
    if (id.length !== 8) continue; // 4-digit rows are CD totals
    const t = r.get('Population');
    if (t === '') continue; // suppressed or uninhabited DA
    if (!/^\d+$/.test(t)) throw new SourceError(popFile, `DA ${id}: bad Population "${t}"`, r.line);
    pops.set(id, Number(t));
  }
  const file = sourceFile('cimd', 0);
  const das: Da[] = [];
  let withoutPopulation = 0;
  for (const r of readCsv(file)) {
    const dauid = r.get('DAUID');
    if (!/^\d{8}$/.test(dauid)) throw new SourceError(file, `bad DAUID "${dauid}"`, r.line);
    const population = pops.get(dauid);
    if (!population) {
      withoutPopulation++;
      continue;
    }
    const scores = {} as Record<Dim, number>;
    for (const [d, col] of DIMENSIONS) {
      const v = Number(r.get(col));
      if (r.get(col).trim() === '' || !Number.isFinite(v)) throw new SourceError(file, `DA ${dauid}: bad "${col}" "${r.get(col)}"`, r.line);
      scores[d] = v;
    }
    das.push({ dauid, population, scores });
  }
  return { das, withoutPopulation };
}

/** Key with the largest value, ties broken by smallest key (deterministic). */
function argmax(m: Map<string, number>): string {
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

/** Population of each MRC (or region) by CDUID, from the MAMH gazetteer. */
function popBy(muns: Municipality[], key: (m: Municipality) => string): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const m of muns) {
    const k = key(m);
    const inner = out.get(k) ?? new Map<string, number>();
    inner.set(`24${m.cd_code}`, (inner.get(`24${m.cd_code}`) ?? 0) + m.population);
    out.set(k, inner);
  }
  return out;
}

const fmt = (v: number) => (Math.abs(v) < 5e-5 ? '0.0000' : v.toFixed(4));

/** Write geodata/deprivation.csv (levels region, mrc, neighbourhood). */
export function buildDeprivation(muns: Municipality[], mrcCodes: string[]): DeprivationReport {
  const { das, withoutPopulation } = loadDas();
  const byCd = new Map<string, Accumulator>();
  for (const da of das) {
    const cd = da.dauid.slice(0, 4);
    const acc = byCd.get(cd) ?? new Accumulator();
    acc.add(da);
    byCd.set(cd, acc);
  }

  // CD → region by the region holding most of the CD's MAMH population (CD 2417 straddles 01/12).
  const cdRegionPop = new Map<string, Map<string, number>>();
  for (const m of muns) {
    const cd = `24${m.cd_code}`;
    const inner = cdRegionPop.get(cd) ?? new Map<string, number>();
    inner.set(m.region_code, (inner.get(m.region_code) ?? 0) + m.population);
    cdRegionPop.set(cd, inner);
  }
  const byRegion = new Map<string, Accumulator>();
  for (const da of das) {
    const cd = da.dauid.slice(0, 4);
    if (!cd.startsWith('24')) continue;
    const regions = cdRegionPop.get(cd);
    if (!regions) throw new Error(`deprivation: DA ${da.dauid} is in CD ${cd}, which has no MAMH municipality`);
    const reg = argmax(regions);
    const acc = byRegion.get(reg) ?? new Accumulator();
    acc.add(da);
    byRegion.set(reg, acc);
  }
  // Regions that receive or lose part of a CD straddling a region border get a note.
  const splitNote = new Map<string, string>();
  for (const [cd, regs] of cdRegionPop) {
    if (regs.size < 2) continue;
    const main = argmax(regs);
    for (const reg of regs.keys()) {
      const msg = reg === main ? `includes all of census division ${cd}, part of which lies in region ${[...regs.keys()].filter((r) => r !== main).sort().join(', ')}` : `part of census division ${cd} is counted in region ${main}`;
      splitNote.set(reg, [splitNote.get(reg), msg].filter(Boolean).join('; '));
    }
  }

  type Row = Record<string, string | number | null>;
  const rows: Row[] = [];
  const emit = (level: string, code: string, acc: Accumulator, note: string) => {
    const econ = acc.mean('economic_dependency');
    const sit = acc.mean('situational_vulnerability');
    const row: Row = { level, code, da_count: acc.daCount, population: acc.population };
    for (const [d] of DIMENSIONS) row[d] = fmt(acc.mean(d));
    row.deprivation = fmt((econ + sit) / 2);
    row.note = note;
    rows.push(row);
  };

  for (const reg of [...byRegion.keys()].sort()) emit('region', reg, byRegion.get(reg)!, splitNote.get(reg) ?? '');

  // MRC → its main CD (most MAMH population). Several MRCs can end up with the same CD value.
  const mrcCd = popBy(muns, (m) => m.mrc_code);
  const cdMrcs = new Map<string, Set<string>>();
  for (const [mrcCode, cds] of mrcCd) for (const cd of cds.keys()) cdMrcs.set(cd, (cdMrcs.get(cd) ?? new Set()).add(mrcCode));
  for (const mrcCode of mrcCodes) {
    const cds = mrcCd.get(mrcCode);
    check(cds, `deprivation: MRC ${mrcCode} has no municipality`);
    const cd = argmax(cds);
    const acc = byCd.get(cd);
    check(acc, `deprivation: no CIMD DA in CD ${cd} (main CD of MRC ${mrcCode})`);
    const notes: string[] = [];
    const others = [...(cdMrcs.get(cd) ?? [])].filter((c) => c !== mrcCode).sort();
    if (others.length) notes.push(`value of census division ${cd}, which also covers (part of) MRC ${others.join(', ')}`);
    const total = [...cds.values()].reduce((a, b) => a + b, 0);
    for (const [other, pop] of [...cds.entries()].sort()) {
      if (other !== cd && pop > 0) notes.push(`${((100 * pop) / total).toFixed(1)}% of the MRC population is in CD ${other}, not reflected`);
    }
    emit('mrc', mrcCode, acc, notes.join('; '));
  }

  // Ottawa: DA → ONS Gen3 neighbourhood single-link lookup.
  const sliFile = sourceFile('onsSli');
  const daOns = new Map<string, string>();
  for (const r of readCsv(sliFile)) daOns.set(r.get('DAUID'), r.get('ONS_ID'));
  const byOns = new Map<string, Accumulator>();
  for (const da of das) {
    const ons = daOns.get(da.dauid);
    if (!ons) continue;
    const acc = byOns.get(ons) ?? new Accumulator();
    acc.add(da);
    byOns.set(ons, acc);
  }
  const onsIds = [...byOns.keys()].sort((a, b) => Number(a) - Number(b));
  for (const id of onsIds) emit('neighbourhood', `OTT-${id}`, byOns.get(id)!, '');

  const columns = ['level', 'code', 'da_count', 'population', ...DIMENSIONS.map(([d]) => d), 'deprivation', 'note'];
  return {
    rows: writeCsv('deprivation.csv', columns, rows),
    dasUsed: das.length,
    dasWithoutPopulation: withoutPopulation,
    ottawaNeighbourhoods: onsIds.length,
  };
}
