// Arrondissements (boroughs) of the MAMH gazetteer; a list only, no polygons in the sources.
import { readCsv, SourceError, writeCsv } from './io.js';
import type { Municipality } from './municipalities.js';
import { normalizePostal } from './postal.js';
import { sourceFile } from './sources.js';

/** Write geodata/boroughs.csv; every borough must belong to a gazetteer municipality. */
export function buildBoroughs(muns: Municipality[]): number {
  const file = sourceFile('mamhArr');
  const known = new Set(muns.map((m) => m.code));
  const rows = readCsv(file).map((r) => {
    const code = r.get('arrcod');
    const municipality_code = r.get('arrcode');
    if (!code) throw new SourceError(file, 'blank arrcod', r.line);
    if (!known.has(municipality_code)) throw new SourceError(file, `borough ${code}: arrcode ${municipality_code} is not a MAMH municipality`, r.line);
    const postal_code = normalizePostal(r.get('arrcodp'));
    if (postal_code === null) throw new SourceError(file, `borough ${code}: bad postal code "${r.get('arrcodp')}"`, r.line);
    return { code, name: r.get('arrnom'), municipality_code, municipality_name: r.get('arrville'), postal_code };
  });
  if (new Set(rows.map((r) => r.code)).size !== rows.length) throw new SourceError(file, 'duplicate arrcod');
  rows.sort((a, b) => a.code.localeCompare(b.code));
  return writeCsv('boroughs.csv', ['code', 'name', 'municipality_code', 'municipality_name', 'postal_code'], rows);
}
