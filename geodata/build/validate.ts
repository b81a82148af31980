// OGC validity check of every shipped polygon with the same engine the app uses (PostGIS in PGlite),
// because the database loader will reject or mis-handle anything ST_IsValid refuses.
import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { postgis } from '@electric-sql/pglite-postgis';
import type { FeatureCollection } from 'geojson';
import { OUT_DIR } from './config.js';

export interface ValidityReport {
  file: string;
  features: number;
}

/** Check ST_IsValid for every feature of the given geodata/ files; throws listing the invalid ones. */
export async function validateGeometries(relFiles: string[]): Promise<ValidityReport[]> {
  const db = await PGlite.create({ extensions: { postgis } });
  try {
    await db.exec('CREATE EXTENSION IF NOT EXISTS postgis; CREATE TABLE g (file text, code text, geom text);');
    const reports: ValidityReport[] = [];
    const problems: string[] = [];
    for (const rel of relFiles) {
      const fc = JSON.parse(fs.readFileSync(path.join(OUT_DIR, rel), 'utf8')) as FeatureCollection;
      for (const f of fc.features) {
        await db.query('INSERT INTO g VALUES ($1, $2, $3)', [rel, String(f.properties?.code), JSON.stringify(f.geometry)]);
      }
      reports.push({ file: rel, features: fc.features.length });
    }
    const bad = await db.query<{ file: string; code: string; reason: string }>(
      `SELECT file, code, ST_IsValidReason(ST_GeomFromGeoJSON(geom)) AS reason FROM g
       WHERE NOT ST_IsValid(ST_GeomFromGeoJSON(geom)) OR GeometryType(ST_GeomFromGeoJSON(geom)) NOT IN ('POLYGON','MULTIPOLYGON')
       ORDER BY file, code`,
    );
    for (const r of bad.rows) problems.push(`${r.file} ${r.code}: ${r.reason}`);
    if (problems.length) throw new Error(`invalid geometries (PostGIS ST_IsValid):\n  ${problems.join('\n  ')}`);
    return reports;
  } finally {
    await db.close();
  }
}
