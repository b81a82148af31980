import { afterAll, describe, expect, it } from 'vitest'
import { headerKey, loadUserMap, mapHeaders, recognizeHeader } from '../../../etl/read/headers'
import { openTable } from '../../../etl/read/open-table'
import { InputError } from '../../../etl/read/types'
import { fixture, scratch } from './helpers'

const tmp = scratch()
afterAll(() => tmp.cleanup())

describe('headerKey', () => {
  it('ignores accents, case, punctuation, apostrophes, small words and spaces', () => {
    expect(headerKey("  Date de l’appel ")).toBe('date appel')
    expect(headerKey("DATE D'APPEL")).toBe('date appel')
    expect(headerKey('N° d’appel')).toBe('no appel')
    expect(headerKey('Groupe d’âge')).toBe(headerKey("groupe d'age"))
    expect(headerKey('E-mail')).toBe('e mail')
  })
})

describe('recognized headers', () => {
  const requests: [string, string][] = [
    ["No d'appel", 'source_id'], ['Numéro de dossier', 'source_id'], ['ID', 'source_id'], ['Call ID', 'source_id'], ['Record ID', 'source_id'],
    ['Date', 'date'], ["Date de l'appel", 'date'], ['Date de la demande', 'date'], ['Call date', 'date'], ['Date reçue', 'date'],
    ['Besoin', 'category'], ['Besoins', 'category'], ['Catégorie', 'category'], ['Catégorie de besoin', 'category'], ['Type de besoin', 'category'],
    ['Need', 'category'], ['Need category', 'category'], ['Category', 'category'], ['Besoin exprimé', 'category'],
    ['Résultat', 'outcome'], ['Issue', 'outcome'], ['Suivi', 'outcome'], ['Référence', 'outcome'], ['Outcome', 'outcome'], ['Result', 'outcome'],
    ["Groupe d'âge", 'age_group'], ["Tranche d'âge", 'age_group'], ['Âge', 'age_group'], ['Age group', 'age_group'], ['AGE', 'age_group'],
    ['Langue', 'language'], ['Language', 'language'],
    ['Canal', 'channel'], ['Source', 'channel'], ['Provenance', 'channel'], ['Channel', 'channel'], ['Ligne', 'channel'],
    ['Code postal', 'postal_code'], ['CP', 'postal_code'], ['Postal code', 'postal_code'], ['Postal', 'postal_code'], ['Code postal du demandeur', 'postal_code'],
    ['Municipalité', 'municipality'], ['Ville', 'municipality'], ['Localité', 'municipality'], ['City', 'municipality'], ['Municipality', 'municipality'], ['Town', 'municipality'],
    ['Latitude', 'latitude'], ['Lat', 'latitude'], ['Y', 'latitude'], ['Longitude', 'longitude'], ['Long', 'longitude'], ['Lon', 'longitude'], ['Lng', 'longitude'], ['X', 'longitude'],
  ]
  it.each(requests)('request header %s → %s', (header, field) => {
    expect(recognizeHeader(header, 'requests')).toBe(field)
  })

  const organizations: [string, string][] = [
    ["Nom de l'organisme", 'name'], ['Nom', 'name'], ['Organisme', 'name'], ['Organization', 'name'], ['Organization name', 'name'], ['Name', 'name'],
    ['Adresse', 'address'], ['Address', 'address'], ['Adresse civique', 'address'], ["Adresse de l'organisme", 'address'],
    ['Site web', 'website'], ['Site Internet', 'website'], ['Website', 'website'], ['URL', 'website'],
    ['Courriel', 'email'], ['Email', 'email'], ['E-mail', 'email'], ['Téléphone', 'phone'], ['Tél.', 'phone'], ['Phone', 'phone'],
    ['Services', 'categories'], ['Catégories', 'categories'], ['Categories', 'categories'], ['Type de service', 'categories'],
    ['Territoire desservi', 'service_area'], ['Service area', 'service_area'], ['Capacité', 'capacity'], ['Capacity', 'capacity'],
    ['Langues', 'languages'], ['Languages', 'languages'], ["Heures d'ouverture", 'hours'], ['Hours', 'hours'],
    ['Description', 'description'], ['Mission', 'description'], ['Code postal', 'postal_code'], ['Municipalité', 'municipality'],
    ['Nom du service', 'service_name'], ['Sigle', 'alternate_name'], ['source_id', 'source_id'], ['service_area', 'service_area'],
  ]
  it.each(organizations)('organization header %s → %s', (header, field) => {
    expect(recognizeHeader(header, 'organizations')).toBe(field)
  })

  it.each(['Nom', 'Prénom', 'Nom du demandeur', 'Téléphone', 'Courriel', 'Adresse', 'Adresse du demandeur', 'Notes', 'Date de naissance', 'Commentaires', 'NAS', 'No assurance maladie'])(
    'personal request column %s maps to nothing',
    (header) => {
      expect(recognizeHeader(header, 'requests')).toBeUndefined()
    },
  )
})

describe('mapHeaders', () => {
  it('maps a realistic French 2-1-1 export and leaves the personal columns unmapped', async () => {
    const source = await openTable(fixture('requests-211-fr.csv'), { kind: 'requests' })
    const { mapping, unmapped } = mapHeaders(source.columns, 'requests')
    expect(mapping).toEqual({
      "No d'appel": 'source_id',
      "Date de l'appel": 'date',
      'Code postal': 'postal_code',
      Municipalité: 'municipality',
      'Besoin exprimé': 'category',
      Résultat: 'outcome',
      "Groupe d'âge": 'age_group',
      Langue: 'language',
      Canal: 'channel',
    })
    expect(unmapped).toEqual(['Nom', 'Prénom', 'Téléphone', 'Notes'])
  })

  it('maps an English export, dropping caller name, phone and birth date', async () => {
    const source = await openTable(fixture('requests-211-en.csv'), { kind: 'requests' })
    const { mapping, unmapped } = mapHeaders(source.columns, 'requests')
    expect(Object.values(mapping).sort()).toEqual(['age_group', 'category', 'channel', 'date', 'language', 'municipality', 'outcome', 'postal_code', 'source_id'])
    expect(unmapped).toEqual(['Caller name', 'Phone', 'Date of birth'])
  })

  it('maps a CISSS organization list', () => {
    const columns = ["Nom de l'organisme", 'Adresse', 'Ville', 'Code postal', 'Téléphone', 'Courriel', 'Site Web', 'Services offerts', 'Type de service', 'Territoire desservi', 'Responsable']
    const { mapping, unmapped } = mapHeaders(columns, 'organizations')
    expect(mapping).toMatchObject({ "Nom de l'organisme": 'name', Ville: 'municipality', 'Site Web': 'website', 'Type de service': 'categories', 'Services offerts': 'description' })
    expect(unmapped).toEqual(['Responsable'])
  })

  it('accepts --map as file column → field, which overrides recognition', () => {
    const { mapping, unmapped } = mapHeaders(['Dossier', 'Problème principal', 'Ville'], 'requests', { 'Problème principal': 'category', Ville: 'municipality' })
    expect(mapping).toEqual({ Dossier: 'source_id', 'Problème principal': 'category', Ville: 'municipality' })
    expect(unmapped).toEqual([])
  })

  it('accepts --map as field → file column, and settles two candidates for one field', () => {
    const { mapping, unmapped } = mapHeaders(['Ville', 'Municipalité', 'Motif'], 'requests', { municipality: 'Municipalité', category: 'Motif' })
    expect(mapping).toEqual({ Municipalité: 'municipality', Motif: 'category' })
    expect(unmapped).toEqual(['Ville'])
  })

  it('lets --map ignore a column with "" (or null in the JSON file)', () => {
    const { mapping } = mapHeaders(['Ville', 'Municipalité'], 'requests', { Ville: '' })
    expect(mapping).toEqual({ Municipalité: 'municipality' })
  })

  it('refuses two columns that map to one field, naming both', () => {
    expect(() => mapHeaders(['Ville', 'Municipalité'], 'requests', undefined, 'calls.csv')).toThrow(
      /calls\.csv: the columns "Ville", "Municipalité" both look like the field "municipality"/,
    )
  })

  it('refuses a --map that names an unknown column or field, listing valid names', () => {
    expect(() => mapHeaders(['Ville'], 'requests', { Région: 'municipality' }, 'calls.csv')).toThrow(/--map names a column "Région" that the file does not have; the file's columns: "Ville"/)
    expect(() => mapHeaders(['Ville'], 'requests', { Ville: 'town' }, 'calls.csv')).toThrow(/--map names "town", which is not a requests field; valid requests fields: source_id, date/)
    expect(() => mapHeaders(['Nom'], 'requests', { Nom: 'name' })).toThrow(InputError)
  })
})

describe('loadUserMap', () => {
  it('reads a JSON object and turns null into ""', async () => {
    const path = tmp.write('map.json', '{"Problème": "category", "Notes": null}')
    expect(await loadUserMap(path)).toEqual({ Problème: 'category', Notes: '' })
  })

  it('says where the JSON is broken', async () => {
    const path = tmp.write('broken-map.json', '{\n  "Problème": "category",\n}')
    await expect(loadUserMap(path)).rejects.toThrow(/broken-map\.json: not valid JSON at line 3, column 1/)
  })

  it('refuses a missing file, an array and a non-text value', async () => {
    await expect(loadUserMap(tmp.dir + '/nope.json')).rejects.toThrow(/nope\.json: mapping file not found/)
    await expect(loadUserMap(tmp.write('array.json', '["a"]'))).rejects.toThrow(/must hold a JSON object/)
    await expect(loadUserMap(tmp.write('number.json', '{"Ville": 3}'))).rejects.toThrow(/the value of "Ville" must be a text/)
  })
})
