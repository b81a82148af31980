// Thin wrapper around mapshaper's Node API. Simplification and cleaning are done by mapshaper because
// it works on a shared-arc topology: a border between two polygons is one arc, simplified once, so
// neighbours never gap or overlap after simplification.
import mapshaper from 'mapshaper';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export type PolygonFC = FeatureCollection<Polygon | MultiPolygon>;

/** Output precision: 6 decimals of a degree is ~0.1 m, far below the source accuracy. */
export const PRECISION = 'precision=0.000001';

/**
 * Round in the topology (so shared arcs round identically), undo intersections the rounding creates,
 * then clean again: rounding only at output time could leave self-touching rings behind.
 */
export const ROUND_AND_CLEAN = '-snap precision=0.000001 fix-geometry -clean';

/**
 * Run mapshaper commands on named in-memory GeoJSON inputs and return the named GeoJSON outputs.
 * `label` names the layer in error messages.
 */
export async function runMapshaper(label: string, commands: string, inputs: Record<string, object>): Promise<Record<string, PolygonFC>> {
  const files: Record<string, string> = {};
  for (const [name, fc] of Object.entries(inputs)) files[name] = JSON.stringify(fc);
  let out: Record<string, Buffer | string>;
  try {
    out = await mapshaper.applyCommands(commands, files);
  } catch (e) {
    throw new Error(`mapshaper failed on ${label} (${commands}): ${(e as Error).message}`, { cause: e });
  }
  const result: Record<string, PolygonFC> = {};
  for (const [name, content] of Object.entries(out)) {
    const fc = JSON.parse(content.toString()) as PolygonFC;
    for (const f of fc.features) {
      const t = f.geometry?.type;
      if (t !== 'Polygon' && t !== 'MultiPolygon') {
        throw new Error(`mapshaper output ${label}/${name}: feature ${JSON.stringify(f.properties)} has geometry ${t ?? 'null'}`);
      }
    }
    result[name] = fc;
  }
  return result;
}
