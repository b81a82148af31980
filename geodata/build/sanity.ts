// Cross-check of the two independent sources of "which MRC": MAMH's attribute and the SDA polygons.
import { booleanPointInPolygon } from '@turf/turf';
import type { MrcSource } from './mrc-source.js';
import type { Municipality } from './municipalities.js';

export interface SanityReport {
  /** Municipalities whose centroid lies outside the polygon of their own MRC. */
  outside: string[];
  /** MRCs with no own municipality centroid inside them (should be empty). */
  empty: string[];
}

/** For every MRC, count its municipalities whose SDA centroid falls inside its polygon. */
export function centroidsInMrcs(mrc: MrcSource, muns: Municipality[]): SanityReport {
  const inside = new Map<string, number>();
  const outside: string[] = [];
  for (const m of muns) {
    const polys = mrc.features.filter((f) => f.properties.code === m.mrc_code);
    if (polys.some((f) => booleanPointInPolygon([m.lon, m.lat], f))) inside.set(m.mrc_code, (inside.get(m.mrc_code) ?? 0) + 1);
    else outside.push(`${m.code} ${m.name} (MRC ${m.mrc_code})`);
  }
  const empty = [...mrc.info.keys()].filter((c) => !inside.get(c));
  return { outside, empty };
}
