/**
 * Writes a request file as a 2-1-1 call software exports it: French headers, semicolons, and personal
 * columns (name, phone, e-mail, note) that the import must drop.
 */
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { readFileSync } from 'node:fs'

const NEEDS = ['Logement', 'Aide alimentaire', 'Dépannage alimentaire', 'Santé mentale', 'Transport', 'Impôts', 'Électricité', 'Aide juridique', 'Vêtements', 'Aînés']
const OUTCOMES = ['Référé', 'Besoin non comblé', 'Hors territoire', 'Référé', 'Référé']
const AGES = ['18-34', '35-49', '50-64', '65+', '0-17']

/** Writes `rows` data rows to `path`, call numbers from `firstId`; deterministic. */
export async function writeRequestFile(path: string, rows: number, firstId = 0): Promise<void> {
  const municipalities = readFileSync(new URL('../geodata/municipalities.csv', import.meta.url), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => line.split(','))
    .filter((cells) => (cells[7] ?? '').length > 0)
    .map((cells) => ({ name: cells[1] ?? '', postal: cells[6] ?? '' }))
  const out = createWriteStream(path)
  out.write('No d\'appel;Date de l\'appel;Besoin;Résultat;Groupe d\'âge;Langue;Municipalité;Code postal;Nom;Téléphone;Courriel;Notes\n')
  let seed = 12345
  const next = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296)
  for (let i = 0; i < rows; i++) {
    const m = municipalities[Math.floor(next() * municipalities.length)] ?? { name: 'Magog', postal: 'J1X 1A1' }
    const day = 1 + Math.floor(next() * 28)
    const month = 1 + Math.floor(next() * 12)
    const line = `A${100000000 + firstId + i};${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/2025;${NEEDS[i % NEEDS.length]};${OUTCOMES[i % OUTCOMES.length]};${AGES[i % AGES.length]};Français;${m.name};${m.postal};Jean Tremblay ${i};819-555-${String(i % 10000).padStart(4, '0')};jean${i}@exemple.ca;Rappeler lundi\n`
    if (!out.write(line)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
}
