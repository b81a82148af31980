// File access helpers. Every read goes through here so a missing or malformed source fails with the
// file name (and row, for CSV) in the message, and every write is byte-stable across reruns.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { parse } from 'csv-parse/sync';
import type { FeatureCollection, Geometry } from 'geojson';
import { OUT_DIR, SRC_DIR } from './config.js';

/** Error naming the source file (and row when known). */
export class SourceError extends Error {
  constructor(file: string, message: string, row?: number) {
    super(`${file}${row === undefined ? '' : `, row ${row}`}: ${message}`);
    this.name = 'SourceError';
  }
}

/** Absolute path of a source file; throws if it does not exist. */
export function sourcePath(rel: string): string {
  const abs = path.join(SRC_DIR, rel);
  if (!fs.existsSync(abs)) throw new SourceError(abs, 'source file is missing (set GEODATA_SRC?)');
  return abs;
}

/** A parsed CSV row plus the line it came from (for error messages). */
export interface CsvRow {
  line: number;
  get(column: string): string;
  has(column: string): boolean;
}

/** Parse a source CSV (UTF-8, optional BOM) into rows with header-keyed access that checks columns. */
export function readCsv(rel: string): CsvRow[] {
  const abs = sourcePath(rel);
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(fs.readFileSync(abs), { columns: true, bom: true, skip_empty_lines: true, info: true });
  } catch (e) {
    throw new SourceError(rel, `CSV parse failed: ${(e as Error).message}`);
  }
  return records.map(({ record, info }) => ({
    line: info.lines,
    has: (c: string) => c in record,
    get(c: string): string {
      const v = record[c];
      if (v === undefined) throw new SourceError(rel, `missing column "${c}"`, info.lines);
      return v;
    },
  }));
}

/** Parse a source GeoJSON FeatureCollection. */
export function readGeoJson<G extends Geometry = Geometry>(rel: string): FeatureCollection<G> {
  const abs = sourcePath(rel);
  let fc: FeatureCollection<G>;
  try {
    fc = JSON.parse(fs.readFileSync(abs, 'utf8')) as FeatureCollection<G>;
  } catch (e) {
    throw new SourceError(rel, `JSON parse failed: ${(e as Error).message}`);
  }
  if (fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw new SourceError(rel, 'not a GeoJSON FeatureCollection');
  }
  return fc;
}

/** Quote a CSV field only when needed (RFC 4180). */
function csvField(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Write a CSV under geodata/ with a fixed column order and \n line endings; returns the row count. */
export function writeCsv<T extends Record<string, string | number | null>>(rel: string, columns: (keyof T & string)[], rows: T[]): number {
  const lines = [columns.join(',')];
  for (const r of rows) lines.push(columns.map((c) => csvField(r[c] ?? null)).join(','));
  writeOut(rel, lines.join('\n') + '\n');
  return rows.length;
}

/** Write a FeatureCollection under geodata/, one feature per line so diffs stay readable. */
export function writeGeoJson(rel: string, fc: FeatureCollection): number {
  const body = fc.features.map((f) => JSON.stringify({ type: 'Feature', properties: f.properties, geometry: f.geometry }));
  writeOut(rel, `{"type":"FeatureCollection","features":[\n${body.join(',\n')}\n]}\n`);
  return fc.features.length;
}

/** Write a text file under geodata/, creating folders as needed. */
export function writeOut(rel: string, content: string): void {
  const abs = path.join(OUT_DIR, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, content);
}

/** sha256 hex of a file. */
export function sha256File(abs: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(abs)).digest('hex');
}

/** Fail the build with a message when a condition does not hold. */
export function check(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(`check failed: ${message}`);
}
