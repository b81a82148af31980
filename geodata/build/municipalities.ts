// The MAMH gazetteer joined to SDA centroids. MAMH gives population and the MRC; SDA gives a point.
// The 8 Innu reserves that MAMH lists under no MRC are placed by point-in-polygon into the MRC layer.
import { booleanPointInPolygon } from '@turf/turf';
import { readCsv, SourceError, writeCsv } from './io.js';
import type { MrcSource } from './mrc-source.js';
import { normalizePostal } from './postal.js';
import { sourceFile } from './sources.js';

export interface Municipality {
  code: string;
  name: string;
  designation: string;
  mrc_code: string;
  region_code: string;
  population: number;
  postal_code: string;
  lon: number;
  lat: number;
  csduid: string;
  cd_code: string;
  /** True when mrc_code came from point-in-polygon (blank sda_mrc_code upstream). */
  mrcByPip: boolean;
}

/** Code of the MRC polygon containing [lon, lat], or null. */
export function mrcAt(mrc: MrcSource, lon: number, lat: number): string | null {
  for (const f of mrc.features) if (booleanPointInPolygon([lon, lat], f)) return f.properties.code;
  return null;
}

/** Load municipalities (1281) with centroids, MRC and region; fails on any missing piece. */
export function loadMunicipalities(mrc: MrcSource): Municipality[] {
  const centFile = sourceFile('sdaCentroids');
  const centroids = new Map<string, [number, number]>();
  for (const r of readCsv(centFile)) {
    const lon = Number(r.get('lon'));
    const lat = Number(r.get('lat'));
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) throw new SourceError(centFile, 'non-numeric lon/lat', r.line);
    centroids.set(r.get('code_geo'), [lon, lat]);
  }

  const file = sourceFile('mamhMun');
  const out: Municipality[] = [];
  const seen = new Set<string>();
  for (const r of readCsv(file)) {
    const code = r.get('mcode');
    if (!/^\d{5}$/.test(code)) throw new SourceError(file, `bad mcode "${code}"`, r.line);
    if (seen.has(code)) throw new SourceError(file, `duplicate mcode ${code}`, r.line);
    seen.add(code);
    const c = centroids.get(code);
    if (!c) throw new SourceError(file, `municipality ${code} has no centroid in ${centFile}`, r.line);
    const reg = /\((\d{2})\)\s*$/.exec(r.get('regadm'));
    if (!reg) throw new SourceError(file, `cannot read region code from regadm "${r.get('regadm')}"`, r.line);
    const popText = r.get('mpopul');
    if (!/^\d+$/.test(popText)) throw new SourceError(file, `bad mpopul "${popText}"`, r.line);
    const postal = normalizePostal(r.get('mcodpos'));
    if (postal === null) throw new SourceError(file, `bad postal code mcodpos "${r.get('mcodpos')}"`, r.line);
    let mrcCode = r.get('sda_mrc_code');
    let mrcByPip = false;
    if (mrcCode === '') {
      const hit = mrcAt(mrc, c[0], c[1]);
      if (!hit) throw new SourceError(file, `municipality ${code} has no MRC and its centroid is in no MRC polygon`, r.line);
      mrcCode = hit;
      mrcByPip = true;
    }
    if (!mrc.info.has(mrcCode)) throw new SourceError(file, `sda_mrc_code ${mrcCode} is not in the MRC layer`, r.line);
    out.push({
      code,
      name: r.get('munnom'),
      designation: r.get('mdes'),
      mrc_code: mrcCode,
      region_code: reg[1]!,
      population: Number(popText),
      postal_code: postal,
      lon: c[0],
      lat: c[1],
      csduid: r.get('csduid'),
      cd_code: r.get('cd_code'),
      mrcByPip,
    });
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

/** Write geodata/municipalities.csv; returns the row count. */
export function writeMunicipalities(rows: Municipality[]): number {
  return writeCsv(
    'municipalities.csv',
    ['code', 'name', 'designation', 'mrc_code', 'region_code', 'population', 'postal_code', 'lon', 'lat', 'csduid'],
    rows.map((m) => ({ ...m, lon: m.lon.toFixed(5), lat: m.lat.toFixed(5), mrcByPip: null })),
  );
}

/** Sum of municipal populations per MRC code. */
export function populationByMrc(rows: Municipality[]): Map<string, number> {
  const pop = new Map<string, number>();
  for (const m of rows) pop.set(m.mrc_code, (pop.get(m.mrc_code) ?? 0) + m.population);
  return pop;
}
