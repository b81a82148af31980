// MRC and region polygons. Regions are dissolved from the already simplified MRC output, so a region
// border is made of exactly the same vertices as the MRC borders under it (regions nest exactly).
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { check, writeGeoJson } from './io.js';
import type { MrcSource } from './mrc-source.js';
import { PRECISION, ROUND_AND_CLEAN, runMapshaper, type PolygonFC } from './topology.js';

// Full files: the SDA layer is already web-sized (~50k vertices); a light 20 m interval simplification
// only removes near-collinear vertices. Display files: ~800 m tolerance is invisible at zoom 5-9.
const FULL = '-simplify interval=20 keep-shapes';
const DISPLAY = '-simplify interval=800 keep-shapes';

export interface TerritoryCounts {
  mrc: number;
  region: number;
}

type Props = Record<string, string | number | null>;

/** Re-key and order properties from a lookup, keeping geometry; fails if a code is unknown. */
function withProps(fc: PolygonFC, key: string, lookup: Map<string, Props>, label: string): Feature<Polygon | MultiPolygon, Props>[] {
  return fc.features
    .map((f) => {
      const code = String((f.properties as Props | null)?.[key] ?? '');
      const props = lookup.get(code);
      check(props, `${label}: dissolved feature with unknown code "${code}"`);
      return { type: 'Feature' as const, properties: props, geometry: f.geometry };
    })
    .sort((a, b) => String(a.properties.code).localeCompare(String(b.properties.code)));
}

/** One simplification pass (full or display) producing MRC and region layers. */
async function buildPass(src: MrcSource, simplify: string, mrcProps: Map<string, Props>, regionProps: Map<string, Props>) {
  const mrcOut = await runMapshaper(
    'mrc',
    `-i mrc.json -dissolve code -clean ${simplify} ${ROUND_AND_CLEAN} -o out.json format=geojson ${PRECISION}`,
    { 'mrc.json': { type: 'FeatureCollection', features: src.features } },
  );
  const mrcFeatures = withProps(mrcOut['out.json']!, 'code', mrcProps, 'mrc');
  // Dissolve the rounded MRC output itself, carrying only the region code.
  const forRegions = mrcFeatures.map((f) => ({ ...f, properties: { region_code: f.properties.region_code } }));
  const regOut = await runMapshaper(
    'region',
    `-i mrc.json -dissolve region_code ${ROUND_AND_CLEAN} -o out.json format=geojson ${PRECISION}`,
    { 'mrc.json': { type: 'FeatureCollection', features: forRegions } },
  );
  const regionFeatures = withProps(regOut['out.json']!, 'region_code', regionProps, 'region');
  return { mrcFeatures, regionFeatures };
}

/** Build region.geojson, mrc.geojson and their .display versions; populations come from MAMH. */
export async function buildTerritories(src: MrcSource, popByMrc: Map<string, number>): Promise<TerritoryCounts> {
  const mrcProps = new Map<string, Props>();
  const regionProps = new Map<string, Props>();
  for (const m of src.info.values()) {
    const population = popByMrc.get(m.code);
    check(population !== undefined, `MRC ${m.code} (${m.name}) has no municipality in MUN_slim.csv`);
    mrcProps.set(m.code, { code: m.code, name: m.name, region_code: m.region_code, kind: m.kind, population });
    const r = regionProps.get(m.region_code);
    if (r && r.name !== m.region_name) throw new Error(`qc-mrc.geojson: region ${m.region_code} has two names "${r.name}" / "${m.region_name}"`);
    regionProps.set(m.region_code, { code: m.region_code, name: m.region_name, population: Number(r?.population ?? 0) + population });
  }

  let counts: TerritoryCounts = { mrc: 0, region: 0 };
  for (const [suffix, simplify] of [['', FULL], ['.display', DISPLAY]] as const) {
    const { mrcFeatures, regionFeatures } = await buildPass(src, simplify, mrcProps, regionProps);
    check(mrcFeatures.length === 104, `mrc${suffix}: expected 104 features, got ${mrcFeatures.length}`);
    check(regionFeatures.length === 17, `region${suffix}: expected 17 features, got ${regionFeatures.length}`);
    writeGeoJson(`territories/mrc${suffix}.geojson`, { type: 'FeatureCollection', features: mrcFeatures });
    writeGeoJson(`territories/region${suffix}.geojson`, { type: 'FeatureCollection', features: regionFeatures });
    counts = { mrc: mrcFeatures.length, region: regionFeatures.length };
  }
  return counts;
}
