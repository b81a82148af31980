// MSSS M02 public-network installations as points with their missions. MSSS uses MAMH-style 3-digit
// MRC codes ("660"); they are mapped to SDA codes ("66") like MUN_slim.sda_mrc_code was (SOURCES §2).
import { readCsv, SourceError, writeCsv } from './io.js';
import type { MrcSource } from './mrc-source.js';
import type { Municipality } from './municipalities.js';
import { normalizePostal } from './postal.js';
import { sourceFile } from './sources.js';

const MISSIONS = ['CLSC', 'CHSLD', 'CHSGS', 'CHPSY', 'CPEJ', 'CRJDA', 'CRD', 'CRDITED', 'CRDPA', 'CRDPM', 'CRDPV', 'CRDPL', 'CRMDA'] as const;

export interface InstallationReport {
  rows: number;
  read: number;
  withoutCoordinates: number;
  /** Human-readable notes on remapped codes, for the build log. */
  notes: string[];
}

/** MAMH 3-digit MRC code → SDA code: drop the trailing 0 when the 2-digit code exists in SDA. */
export function sdaMrcCode(mamh: string, sdaCodes: Set<string>): string {
  return mamh.length === 3 && mamh.endsWith('0') && sdaCodes.has(mamh.slice(0, 2)) ? mamh.slice(0, 2) : mamh;
}

/** Write geodata/installations.csv (rows with coordinates only). */
export function buildInstallations(muns: Municipality[], mrc: MrcSource): InstallationReport {
  const file = sourceFile('msss');
  const sdaCodes = new Set(mrc.info.keys());
  const byCode = new Map(muns.map((m) => [m.code, m]));
  const notes: string[] = [];
  const rows: Record<string, string | null>[] = [];
  const csv = readCsv(file);
  let withoutCoordinates = 0;
  for (const r of csv) {
    const code = r.get('INSTAL_COD');
    const lonText = r.get('LONGITUDE').trim();
    const latText = r.get('LATITUDE').trim();
    if (lonText === '' || latText === '') {
      withoutCoordinates++;
      continue;
    }
    const lon = Number(lonText);
    const lat = Number(latText);
    // Quebec lies roughly within lon -80..-57, lat 44.9..62.6; anything else is a data error.
    if (!(lon > -80 && lon < -57 && lat > 44.9 && lat < 62.6)) throw new SourceError(file, `installation ${code}: coordinates ${lon},${lat} outside Quebec`, r.line);
    let munCode = r.get('MUN_CODE');
    let mun = byCode.get(munCode);
    if (!mun) {
      // Retired code after a merger (e.g. La Pocatière 14085 → 14082): resolve by unique name.
      const byName = muns.filter((m) => m.name === r.get('MUN_NOM'));
      if (byName.length !== 1) throw new SourceError(file, `installation ${code}: MUN_CODE ${munCode} (${r.get('MUN_NOM')}) not in the gazetteer`, r.line);
      mun = byName[0]!;
      notes.push(`MUN_CODE ${munCode} (${r.get('MUN_NOM')}) → ${mun.code} for installation ${code}`);
      munCode = mun.code;
    }
    const mrcCode = sdaMrcCode(r.get('MRC_CODE'), sdaCodes);
    if (!sdaCodes.has(mrcCode)) throw new SourceError(file, `installation ${code}: MRC_CODE ${r.get('MRC_CODE')} has no SDA MRC`, r.line);
    if (mrcCode !== mun.mrc_code) throw new SourceError(file, `installation ${code}: MRC ${mrcCode} disagrees with municipality ${munCode}'s MRC ${mun.mrc_code}`, r.line);
    const postal = normalizePostal(r.get('CODE_POSTA'));
    if (postal === null) throw new SourceError(file, `installation ${code}: bad postal code "${r.get('CODE_POSTA')}"`, r.line);
    rows.push({
      code,
      name: r.get('INSTAL_NOM').trim(),
      establishment: r.get('ETAB_NOM').trim(),
      address: r.get('ADRESSE').trim(),
      postal_code: postal,
      municipality_code: munCode,
      mrc_code: mrcCode,
      lon: lon.toFixed(6),
      lat: lat.toFixed(6),
      missions: MISSIONS.filter((m) => r.get(m) === 'Oui').join(';'),
      updated: r.get('DATE_MAJ'),
    });
  }
  if (new Set(rows.map((r) => r.code)).size !== rows.length) throw new SourceError(file, 'duplicate INSTAL_COD');
  rows.sort((a, b) => String(a.code).localeCompare(String(b.code)));
  const columns = ['code', 'name', 'establishment', 'address', 'postal_code', 'municipality_code', 'mrc_code', 'lon', 'lat', 'missions', 'updated'];
  return { rows: writeCsv('installations.csv', columns, rows), read: csv.length, withoutCoordinates, notes };
}
