// geodata/manifest.json: what each committed file is, its hash, and where it came from. No build
// timestamps: the manifest must be byte-identical on rerun, so only the sources' own dates appear.
import fs from 'node:fs';
import path from 'node:path';
import { OUT_DIR, REPO_ROOT } from './config.js';
import { sha256File, sourcePath, writeOut } from './io.js';
import { SOURCES, type SourceId } from './sources.js';

export interface OutputEntry {
  path: string;
  count: number;
  unit: 'features' | 'rows';
  sources: SourceId[];
}

function version(pkg: string): string {
  const file = path.join(REPO_ROOT, 'node_modules', pkg, 'package.json');
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version;
}

/** Write geodata/manifest.json for the given outputs (hashes are computed from the written files). */
export function writeManifest(outputs: OutputEntry[]): void {
  const used = [...new Set(outputs.flatMap((o) => o.sources))].sort();
  const manifest = {
    description: 'Derived geodata for Lacunes, built by `npm run geodata` (geodata/build/build.ts). See ATTRIBUTION.md and README.md.',
    tools: { mapshaper: version('mapshaper'), '@turf/turf': version('@turf/turf'), 'csv-parse': version('csv-parse'), tsx: version('tsx'), node: '>=20' },
    outputs: outputs.map((o) => ({
      path: o.path,
      sha256: sha256File(path.join(OUT_DIR, o.path)),
      [o.unit]: o.count,
      sources: o.sources.flatMap((id) => SOURCES[id].files.map((f) => `${SOURCES[id].dir}/${f}`)),
    })),
    sources: used.map((id) => {
      const s = SOURCES[id];
      return {
        id,
        files: s.files.map((f) => ({ path: `${s.dir}/${f}`, sha256: sha256File(sourcePath(`${s.dir}/${f}`)) })),
        publisher: s.publisher,
        title: s.title,
        licence: s.licence,
        upstream: s.upstream,
        version: s.version,
      };
    }),
  };
  writeOut('manifest.json', JSON.stringify(manifest, null, 2) + '\n');
}
