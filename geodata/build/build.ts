// Orchestrates `npm run geodata`: raw open data in GEODATA_SRC → compact committed files in geodata/.
// Each step validates its own source and throws with file/row context; any throw exits non-zero.
import fs from 'node:fs';
import path from 'node:path';
import { buildBoroughs } from './boroughs.js';
import { MAX_OUT_BYTES, OUT_DIR, SRC_DIR, TARGET_OUT_BYTES } from './config.js';
import { buildDeprivation } from './deprivation.js';
import { loadFsas, writeFsas } from './fsa.js';
import { buildInstallations } from './installations.js';
import { check } from './io.js';
import { writeManifest, type OutputEntry } from './manifest.js';
import { buildTerritories } from './mrc.js';
import { loadMrcSource } from './mrc-source.js';
import { loadMunicipalities, populationByMrc, writeMunicipalities } from './municipalities.js';
import { buildNeighbourhoods } from './neighbourhoods.js';
import { centroidsInMrcs } from './sanity.js';
import { validateGeometries } from './validate.js';

const QUEBEC_POPULATION = 9_058_297; // sum of MAMH decree populations (SOURCES.md §2)

function dirSize(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((acc, e) => {
    const p = path.join(dir, e.name);
    return acc + (e.isDirectory() ? dirSize(p) : fs.statSync(p).size);
  }, 0);
}

async function main(): Promise<void> {
  console.log(`geodata: sources ${SRC_DIR}`);
  const mrc = loadMrcSource();

  const muns = loadMunicipalities(mrc);
  check(muns.length === 1281, `expected 1281 municipalities, got ${muns.length}`);
  const pip = muns.filter((m) => m.mrcByPip);
  check(pip.length === 8, `expected 8 municipalities placed by point-in-polygon, got ${pip.length}`);
  writeMunicipalities(muns);
  console.log(`municipalities: ${muns.length}, all with centroid and MRC; placed by point-in-polygon: ${pip.map((m) => `${m.name}→${m.mrc_code}`).join(', ')}`);

  const popByMrc = populationByMrc(muns);
  const total = [...popByMrc.values()].reduce((a, b) => a + b, 0);
  check(total === QUEBEC_POPULATION, `MRC population total ${total} ≠ ${QUEBEC_POPULATION}`);
  const territories = await buildTerritories(mrc, popByMrc);
  console.log(`territories: ${territories.region} regions, ${territories.mrc} MRCs, population ${total.toLocaleString('en-CA')}`);

  const sanity = centroidsInMrcs(mrc, muns);
  check(sanity.empty.length === 0, `MRCs with no municipality centroid inside: ${sanity.empty.join(', ')}`);
  console.log(`sanity: every MRC holds ≥1 of its municipality centroids; ${sanity.outside.length} centroids outside their MRC: ${sanity.outside.join('; ')}`);

  const boroughs = buildBoroughs(muns);
  console.log(`boroughs: ${boroughs}`);

  const fsas = loadFsas();
  writeFsas(fsas);
  console.log(`fsa: ${fsas.length} (${fsas.filter((f) => f.province === 'QC').length} QC, ${fsas.filter((f) => f.province === 'ON').length} ON)`);

  const nb = await buildNeighbourhoods(fsas, muns);
  check(nb.montreal === 91 && nb.quebec === 35 && nb.ottawa === 116, `neighbourhood counts ${nb.montreal}/${nb.quebec}/${nb.ottawa}`);
  console.log(`neighbourhoods: ${nb.montreal} Montréal + ${nb.quebec} Québec + ${nb.ottawa} Ottawa; MAMH municipalities of MRC 66/23 without neighbourhood polygons: ${nb.uncovered.join(', ')}`);

  const dep = buildDeprivation(muns, [...mrc.info.keys()]);
  console.log(`deprivation: ${dep.rows} rows from ${dep.dasUsed} DAs (${dep.dasWithoutPopulation} scored DAs without population skipped); Ottawa neighbourhoods with DAs: ${dep.ottawaNeighbourhoods}`);

  const inst = buildInstallations(muns, mrc);
  console.log(`installations: ${inst.rows} of ${inst.read} rows kept (${inst.withoutCoordinates} without coordinates)${inst.notes.length ? `; ${inst.notes.join('; ')}` : ''}`);

  const geo = ['region', 'mrc', 'neighbourhood'].flatMap((l) => [`territories/${l}.geojson`, `territories/${l}.display.geojson`]);
  const valid = await validateGeometries(geo);
  console.log(`validity: ${valid.reduce((a, v) => a + v.features, 0)} polygons in ${valid.length} files pass PostGIS ST_IsValid`);

  const counts: Record<string, number> = { region: territories.region, mrc: territories.mrc, neighbourhood: nb.montreal + nb.quebec + nb.ottawa };
  const territorySources: Record<string, OutputEntry['sources']> = {
    region: ['sdaMrc', 'mamhMun', 'sdaCentroids'],
    mrc: ['sdaMrc', 'mamhMun', 'sdaCentroids'],
    neighbourhood: ['mtlQuartiers', 'vdqQuartiers', 'onsGen3', 'fsaCentroids', 'mamhMun'],
  };
  const outputs: OutputEntry[] = [
    ...geo.map((p) => {
      const level = p.split('/')[1]!.split('.')[0]!;
      return { path: p, count: counts[level]!, unit: 'features' as const, sources: territorySources[level]! };
    }),
    { path: 'municipalities.csv', count: muns.length, unit: 'rows', sources: ['mamhMun', 'sdaCentroids', 'sdaMrc'] },
    { path: 'boroughs.csv', count: boroughs, unit: 'rows', sources: ['mamhArr'] },
    { path: 'fsa.csv', count: fsas.length, unit: 'rows', sources: ['fsaCentroids'] },
    { path: 'deprivation.csv', count: dep.rows, unit: 'rows', sources: ['cimd', 'mamhMun', 'onsSli'] },
    { path: 'installations.csv', count: inst.rows, unit: 'rows', sources: ['msss', 'mamhMun', 'sdaMrc'] },
  ];
  writeManifest(outputs);

  const size = dirSize(OUT_DIR);
  check(size <= MAX_OUT_BYTES, `geodata/ is ${size} bytes, over the ${MAX_OUT_BYTES} limit`);
  console.log(`size: geodata/ totals ${(size / 1024 / 1024).toFixed(2)} MB${size > TARGET_OUT_BYTES ? ' (WARNING: above the 8 MB target)' : ''}`);
}

main().catch((e: unknown) => {
  console.error(`geodata build FAILED: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
