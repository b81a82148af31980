// FSA points with 2021 population. No FSA polygons exist in the sources, so the centroids are the
// only FSA geometry; they also drive the neighbourhood population estimate (see interpolate.ts).
import type { Point } from 'geojson';
import { readGeoJson, SourceError, writeCsv } from './io.js';
import { sourceFile } from './sources.js';

export interface Fsa {
  fsa: string;
  province: 'QC' | 'ON';
  population: number;
  lon: number;
  lat: number;
}

/** Load the 2021 FSA centroids (Quebec G/H/J and Ottawa-area K) with population. */
export function loadFsas(): Fsa[] {
  const file = sourceFile('fsaCentroids');
  const fc = readGeoJson<Point>(file);
  const out: Fsa[] = [];
  const seen = new Set<string>();
  fc.features.forEach((f, i) => {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const fsa = String(p.CFSAUID ?? '');
    if (!/^[GHJK]\d[A-Z]$/.test(fsa)) throw new SourceError(file, `bad CFSAUID "${fsa}"`, i);
    if (seen.has(fsa)) throw new SourceError(file, `duplicate FSA ${fsa}`, i);
    seen.add(fsa);
    const pop = Number(p.pop_total_2021);
    if (!Number.isInteger(pop) || pop < 0) throw new SourceError(file, `FSA ${fsa}: bad pop_total_2021 ${String(p.pop_total_2021)}`, i);
    const [lon, lat] = f.geometry?.type === 'Point' ? f.geometry.coordinates : [];
    if (typeof lon !== 'number' || typeof lat !== 'number') throw new SourceError(file, `FSA ${fsa}: no point geometry`, i);
    out.push({ fsa, province: fsa.startsWith('K') ? 'ON' : 'QC', population: pop, lon, lat });
  });
  return out.sort((a, b) => a.fsa.localeCompare(b.fsa));
}

/** Write geodata/fsa.csv; returns the row count. */
export function writeFsas(rows: Fsa[]): number {
  return writeCsv(
    'fsa.csv',
    ['fsa', 'province', 'population', 'lon', 'lat'],
    rows.map((r) => ({ ...r, lon: r.lon.toFixed(6), lat: r.lat.toFixed(6) })),
  );
}
