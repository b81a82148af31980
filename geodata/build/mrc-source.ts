// Reads the SDA MRC layer once and checks it is the complete, consistent layer the contract assumes.
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { readGeoJson, SourceError } from './io.js';
import { sourceFile } from './sources.js';

export interface MrcInfo {
  code: string;
  name: string;
  region_code: string;
  region_name: string;
  kind: 'MRC' | 'TE';
}

export interface MrcSource {
  /** Source polygons (106: Minganie and Le Golfe-du-Saint-Laurent come in 2 parts). */
  features: Feature<Polygon | MultiPolygon, { code: string }>[];
  /** One entry per MRC code, sorted by code. */
  info: Map<string, MrcInfo>;
}

// Upstream (SDA V2026-05) has a placeholder name for the Cree TE 993; its territory is Eeyou Istchee.
const NAME_OVERRIDES: Record<string, string> = { '993': 'Eeyou Istchee' };

/** Load and validate qc-mrc.geojson: 106 features, 104 codes, consistent attributes per code. */
export function loadMrcSource(): MrcSource {
  const file = sourceFile('sdaMrc');
  const fc = readGeoJson<Polygon | MultiPolygon>(file);
  const info = new Map<string, MrcInfo>();
  const features: MrcSource['features'] = [];
  fc.features.forEach((f, i) => {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const code = String(p.MRS_CO_MRC ?? '');
    const reg = String(p.MRS_CO_REG ?? '');
    if (!/^\d{2,3}$/.test(code) || !/^\d{2}$/.test(reg)) throw new SourceError(file, `bad MRS_CO_MRC/MRS_CO_REG ${code}/${reg}`, i);
    if (f.geometry?.type !== 'Polygon' && f.geometry?.type !== 'MultiPolygon') throw new SourceError(file, `MRC ${code} is not a polygon`, i);
    // "…géographique" is how SDA marks territoires équivalents (Montréal, Québec, Lévis, Nord-du-Québec TEs…).
    const kind = String(p.MRS_DE_IND ?? '').includes('géographique') ? 'TE' : 'MRC';
    const entry: MrcInfo = {
      code,
      name: NAME_OVERRIDES[code] ?? String(p.MRS_NM_MRC ?? ''),
      region_code: reg,
      region_name: String(p.MRS_NM_REG ?? ''),
      kind,
    };
    const prev = info.get(code);
    if (prev && JSON.stringify(prev) !== JSON.stringify(entry)) {
      throw new SourceError(file, `MRC ${code} parts disagree: ${JSON.stringify(prev)} vs ${JSON.stringify(entry)}`, i);
    }
    info.set(code, entry);
    features.push({ type: 'Feature', properties: { code }, geometry: f.geometry });
  });
  if (fc.features.length !== 106) throw new SourceError(file, `expected 106 features, found ${fc.features.length}`);
  if (info.size !== 104) throw new SourceError(file, `expected 104 distinct MRS_CO_MRC, found ${info.size}`);
  const sorted = new Map([...info.entries()].sort(([a], [b]) => a.localeCompare(b)));
  return { features, info: sorted };
}
