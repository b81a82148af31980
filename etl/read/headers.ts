/**
 * Header recognition: maps a file's own column names onto the canonical fields of an import
 * (etl/import/fields.ts). Headers are compared with accents, case, punctuation, apostrophes and
 * surrounding spaces ignored, and with small French/English words ("de", "l'", "the") dropped.
 *
 * For requests this mapping is the privacy allow-list: a column that maps to nothing is dropped by
 * the pipeline and named in the report. Personal columns (Nom, Prénom, Téléphone, Courriel, Adresse,
 * Notes, Date de naissance, ...) therefore have no synonym on the request side.
 */
import { readFile, stat } from 'node:fs/promises'
import { ORGANIZATION_FIELDS, REQUEST_FIELDS, type ImportKind } from '../import/fields'
import { parseJsonText } from './json-text'
import { InputError } from './types'

export interface HeaderMapping {
  /** File column → canonical field. */
  mapping: Record<string, string>
  /** File columns that map to nothing, in file order. */
  unmapped: string[]
}

const STOP_WORDS = new Set(['de', 'du', 'des', 'd', 'l', 'la', 'le', 'les', 'a', 'au', 'aux', 'en', 'of', 'the', 'for'])

/** A header reduced to a comparison key: "Date de l’appel " → "date appel", "N° d'appel" → "no appel". */
export function headerKey(header: string): string {
  const text = header
    .replace(/\bn\s*[°º]/giu, ' no ')
    .replace(/#/g, ' no ')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
  return text
    .split(' ')
    .filter((token) => token !== '' && !STOP_WORDS.has(token))
    .join(' ')
}

const COMMON: Record<string, readonly string[]> = {
  postal_code: [
    'Code postal', 'CP', 'C.P.', 'Postal code', 'Postal', 'Postcode', 'Code postal (RTA)', 'RTA', 'FSA', 'Zip', 'Zip code',
    'Code postal de résidence',
  ],
  municipality: [
    'Municipalité', 'Ville', 'Localité', 'City', 'Municipality', 'Town', 'Village', 'Ville/Municipalité',
    'Municipalité de résidence', 'Ville de résidence', 'Nom de la municipalité', 'Nom de municipalité', 'Locality', 'Ville ou municipalité',
  ],
  latitude: ['Latitude', 'Lat', 'Y', 'Coord Y', 'Coordonnée Y', 'Lat (WGS84)'],
  longitude: ['Longitude', 'Long', 'Lon', 'Lng', 'X', 'Coord X', 'Coordonnée X', 'Long (WGS84)'],
}

const REQUEST_SYNONYMS: Record<string, readonly string[]> = {
  source_id: [
    "No d'appel", 'No appel', "Numéro d'appel", 'Numéro de dossier', 'No de dossier', 'No dossier', 'Dossier', 'ID', 'Identifiant',
    "ID de l'appel", 'ID appel', 'Call ID', 'Record ID', 'Case ID', 'Case number', 'Call number', 'No', 'Numéro', 'No de la demande',
    'Numéro de demande', 'ID demande', 'Request ID', 'No de fiche', 'Numéro de fiche', 'Fiche', 'ID fiche', 'Référence interne',
    "No d'intervention", "Numéro d'intervention", 'Contact ID', 'ID contact',
  ],
  date: [
    'Date', "Date de l'appel", "Date d'appel", 'Date de la demande', 'Date demande', 'Call date', 'Date reçue', 'Date de réception',
    'Request date', 'Date received', 'Date/heure', 'Date et heure', "Date et heure de l'appel", 'Date de contact', "Date de l'intervention",
    "Date d'ouverture", "Date d'ouverture du dossier", 'Date de création', 'Date created', 'Created', 'Created at', 'Contact date',
    'Date of call', 'Date of request', 'Date du contact', 'Date de la rencontre',
  ],
  category: [
    'Besoin', 'Besoins', 'Catégorie', 'Catégories', 'Catégorie de besoin', 'Catégories de besoins', 'Type de besoin', 'Besoin principal',
    'Besoin exprimé', 'Besoins exprimés', 'Besoin identifié', 'Besoins identifiés', 'Need', 'Needs', 'Need category', 'Needs category',
    'Category', 'Type of need', 'Need type', 'Primary need', "Motif de l'appel", "Motif d'appel", 'Motif', "Raison de l'appel",
    'Reason for call', 'Problématique', 'Service demandé', 'Services demandés', 'Type de demande', 'Nature de la demande', 'Request type',
    'Catégorie AIRS', 'Taxonomie', 'Taxonomy',
  ],
  outcome: [
    'Résultat', 'Issue', 'Suivi', 'Référence', 'Références', 'Outcome', 'Result', "Résultat de l'appel", 'Référé', 'Référé à',
    'Referral', 'Referral outcome', 'Disposition', 'Orientation', 'Référencement', 'Aiguillage', 'Statut', 'Status', 'Call outcome',
    'Issue de l’appel', 'Suite donnée',
  ],
  age_group: [
    "Groupe d'âge", "Tranche d'âge", 'Âge', 'Age group', 'Age', "Catégorie d'âge", 'Age range', "Classe d'âge", 'Âge (ans)', 'Groupe age',
    "Groupe d'âges", "Tranches d'âge",
  ],
  language: [
    'Langue', 'Language', 'Langue parlée', "Langue de l'appel", "Langue d'usage", 'Langue de service', 'Langue préférée',
    'Preferred language', 'Call language', 'Langue maternelle', 'Spoken language',
  ],
  channel: [
    'Canal', 'Source', 'Provenance', 'Channel', 'Ligne', 'Mode de contact', 'Moyen de contact', 'Type de contact', 'Contact method',
    'Canal de communication', 'Canal de contact', 'Service line', 'Ligne de service', 'Mode', 'Via', 'Source de la demande',
    "Provenance de l'appel", 'Intake channel',
  ],
  ...COMMON,
}

const ORGANIZATION_SYNONYMS: Record<string, readonly string[]> = {
  source_id: [
    'ID', 'Identifiant', 'No', 'Numéro', "No de l'organisme", "Numéro de l'organisme", 'Code', 'ID organisme', 'Organization ID',
    'Record ID', 'Resource ID', 'ID ressource', 'No de ressource', 'No de fiche', 'Fiche', 'Numéro de fiche', 'Agency ID', 'Site ID',
  ],
  name: [
    "Nom de l'organisme", 'Nom', 'Organisme', 'Organization', 'Organisation', 'Organization name', 'Name', "Nom de l'organisation",
    'Raison sociale', 'Nom légal', 'Legal name', 'Agency', 'Agency name', 'Ressource', 'Nom de la ressource', 'Resource name',
    'Nom organisme', 'Organisme communautaire',
  ],
  alternate_name: [
    'Autre nom', 'Nom alternatif', 'Acronyme', 'Sigle', 'Alternate name', 'Also known as', 'AKA', 'Nom usuel', 'Nom courant',
    'Autres noms', 'Nom abrégé',
  ],
  description: ['Description', 'Mission', 'Description des services', 'About', 'Présentation', 'Services offerts', 'Description du service'],
  website: ['Site web', 'Site Internet', 'Website', 'URL', 'Web', 'Site', 'Internet', 'Page web', 'Site web de l’organisme'],
  email: ['Courriel', 'Email', 'E-mail', 'Adresse courriel', 'Courriel général', 'Mail', 'Adresse électronique', 'Email address'],
  phone: [
    'Téléphone', 'Tél.', 'Tél', 'Phone', 'No de téléphone', 'Numéro de téléphone', 'Téléphone principal', 'Phone number',
    'Telephone', 'Ligne principale', 'Téléphone (bureau)',
  ],
  address: [
    'Adresse', 'Address', 'Adresse civique', 'Rue', 'Street', 'Street address', 'Adresse ligne 1', 'Address 1', 'Address line 1',
    'Adresse 1', 'Adresse du point de service', 'Adresse postale', 'No civique et rue',
  ],
  categories: [
    'Services', 'Catégories', 'Catégorie', 'Categories', 'Category', 'Type de service', 'Types de services', 'Secteur',
    "Secteur d'activité", "Secteurs d'activité", 'Domaine', "Domaine d'intervention", "Domaines d'intervention", "Champ d'action",
    'Service type', 'Service category', 'Service categories', 'Taxonomie', 'Taxonomy', 'Besoins', 'Besoins desservis', 'Needs',
    'Needs served', 'Type de ressource', 'Clientèle et services',
  ],
  service_name: ['Service', 'Nom du service', 'Service name', 'Programme', 'Program', 'Nom du programme', 'Program name', 'Point de service'],
  languages: [
    'Langues', 'Languages', 'Langue', 'Language', 'Langues parlées', 'Langues de service', 'Languages spoken', 'Langues offertes',
  ],
  capacity: [
    'Capacité', 'Capacity', 'Places', 'Nombre de places', 'Nb places', 'Nb de places', 'Lits', 'Nombre de lits', 'Beds',
    "Capacité d'accueil", 'Places disponibles',
  ],
  hours: [
    "Heures d'ouverture", 'Hours', 'Heures', 'Horaire', 'Horaires', 'Heures de service', 'Opening hours', "Heures d'affaires",
    "Horaire d'ouverture", 'Hours of operation',
  ],
  service_area: [
    'Territoire desservi', 'Service area', 'Territoire', 'Territoires desservis', 'Zone desservie', 'Secteur desservi', 'Area served',
    'Territoire couvert', 'MRC desservies', 'Rayon', 'Radius', 'Zone de desserte', 'Territoire de desserte',
  ],
  ...COMMON,
}

/** Words that only say whose value it is ("du demandeur", "de l'organisme"): dropped on a second try. */
const QUALIFIERS: Record<ImportKind, Set<string>> = {
  requests: new Set([
    'demandeur', 'demandeuse', 'appelant', 'appelante', 'usager', 'usagere', 'client', 'cliente', 'requester', 'caller',
    'person', 'personne', 'beneficiaire', 'requerant', 'requerante', 'membre', 'participant', 'participante',
  ]),
  organizations: new Set(['organisme', 'organisation', 'organization', 'org', 'ressource', 'resource', 'agency', 'agence']),
}

function buildIndex(synonyms: Record<string, readonly string[]>): Map<string, string> {
  const index = new Map<string, string>()
  for (const [field, list] of Object.entries(synonyms)) {
    for (const header of [field, ...list]) {
      const key = headerKey(header)
      const previous = index.get(key)
      if (previous !== undefined && previous !== field) throw new Error(`header synonym "${header}" is listed for ${previous} and ${field}`)
      index.set(key, field)
    }
  }
  return index
}

const INDEX: Record<ImportKind, Map<string, string>> = {
  requests: buildIndex(REQUEST_SYNONYMS),
  organizations: buildIndex(ORGANIZATION_SYNONYMS),
}

export function fieldsOf(kind: ImportKind): readonly string[] {
  return kind === 'requests' ? REQUEST_FIELDS : ORGANIZATION_FIELDS
}

/** The canonical field a header is recognized as on its own, or undefined. */
export function recognizeHeader(header: string, kind: ImportKind): string | undefined {
  const index = INDEX[kind]
  const withoutNotes = header.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
  for (const variant of [header, withoutNotes]) {
    const key = headerKey(variant)
    if (key === '') continue
    const exact = index.get(key)
    if (exact) return exact
    const tokens = key.split(' ')
    const stripped = tokens.filter((token) => !QUALIFIERS[kind].has(token))
    if (stripped.length > 0 && stripped.length < tokens.length) {
      const field = index.get(stripped.join(' '))
      if (field) return field
    }
  }
  return undefined
}

function quoteList(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ')
}

/** Finds a file column by exact name, else by its comparison key if that is unambiguous. */
function findColumn(columns: readonly string[], name: string): string | undefined {
  if (columns.includes(name)) return name
  const trimmed = name.trim()
  if (columns.includes(trimmed)) return trimmed
  const key = headerKey(name)
  const matches = columns.filter((column) => headerKey(column) === key)
  return matches.length === 1 ? matches[0] : undefined
}

function findField(fields: readonly string[], name: string): string | undefined {
  const wanted = name.trim().toLowerCase().replace(/[\s-]+/g, '_')
  return fields.find((field) => field === wanted)
}

/**
 * Resolves a user map given either way round (file column → field, or field → file column) into
 * file column → field ('' = ignore the column). Throws an InputError that lists the valid names.
 */
function resolveUserMap(columns: readonly string[], kind: ImportKind, userMap: Record<string, string>, file: string): Map<string, string> {
  const fields = fieldsOf(kind)
  const entries = Object.entries(userMap)
  const forwardOk = (key: string, value: string) => findColumn(columns, key) !== undefined && (value.trim() === '' || findField(fields, value) !== undefined)
  const reverseOk = (key: string, value: string) => findField(fields, key) !== undefined && findColumn(columns, value) !== undefined
  const forwardCount = entries.filter(([k, v]) => forwardOk(k, v)).length
  const reverseCount = entries.filter(([k, v]) => reverseOk(k, v)).length
  const reverse = reverseCount > forwardCount
  const validFields = `valid ${kind} fields: ${fields.join(', ')}`
  const validColumns = `the file's columns: ${quoteList(columns)}`
  const resolved = new Map<string, string>()
  const byField = new Map<string, string>()
  for (const [key, value] of entries) {
    const [columnName, fieldName] = reverse ? [value, key] : [key, value]
    const column = findColumn(columns, columnName)
    if (column === undefined) {
      throw new InputError(file, `--map names a column "${columnName}" that the file does not have; ${validColumns}`)
    }
    let field = ''
    if (fieldName.trim() !== '') {
      const found = findField(fields, fieldName)
      if (found === undefined) throw new InputError(file, `--map names "${fieldName}", which is not a ${kind} field; ${validFields}`)
      field = found
    }
    if (resolved.has(column)) throw new InputError(file, `--map names the column "${column}" twice`)
    if (field !== '') {
      const other = byField.get(field)
      if (other !== undefined) throw new InputError(file, `--map maps both columns "${other}" and "${column}" to the field "${field}"`)
      byField.set(field, column)
    }
    resolved.set(column, field)
  }
  return resolved
}

/**
 * Maps a file's columns onto the canonical fields of `kind`. `userMap` (from --map) overrides the
 * automatic recognition, in either direction; an automatically recognized column whose field the
 * user map assigns elsewhere stays unmapped. `file` names the data file in errors.
 */
export function mapHeaders(columns: string[], kind: ImportKind, userMap?: Record<string, string>, file = 'input'): HeaderMapping {
  const user = userMap ? resolveUserMap(columns, kind, userMap, file) : new Map<string, string>()
  const userFields = new Set([...user.values()].filter((field) => field !== ''))
  const mapping: Record<string, string> = {}
  const columnsByField = new Map<string, string[]>()
  for (const column of columns) {
    let field: string | undefined
    if (user.has(column)) field = user.get(column) || undefined
    else {
      field = recognizeHeader(column, kind)
      if (field !== undefined && userFields.has(field)) field = undefined
    }
    if (field === undefined) continue
    mapping[column] = field
    columnsByField.set(field, [...(columnsByField.get(field) ?? []), column])
  }
  for (const [field, cols] of columnsByField) {
    if (cols.length > 1) {
      throw new InputError(
        file,
        `the columns ${quoteList(cols)} both look like the field "${field}"; say which one to use with --map (e.g. {"${cols[0]}": "${field}", "${cols[1]}": ""})`,
      )
    }
  }
  return { mapping, unmapped: columns.filter((column) => !(column in mapping)) }
}

/** Reads a --map JSON file: an object of file column → field (or field → file column); null or "" ignores a column. */
export async function loadUserMap(path: string): Promise<Record<string, string>> {
  let text: string
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw new InputError(path, 'the mapping file is a directory, not a JSON file')
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (error instanceof InputError) throw error
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new InputError(path, 'mapping file not found')
    throw new InputError(path, `cannot read the mapping file: ${(error as Error).message}`)
  }
  if (text.trim() === '') throw new InputError(path, 'the mapping file is empty; expected a JSON object such as {"Besoin exprimé": "category"}')
  const parsed = parseJsonText(path, text)
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new InputError(path, 'the mapping file must hold a JSON object such as {"Besoin exprimé": "category"}')
  }
  const result: Record<string, string> = {}
  for (const [key, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (value === null) result[key] = ''
    else if (typeof value === 'string') result[key] = value
    else throw new InputError(path, `the value of "${key}" must be a text (a column or field name) or null`)
  }
  if (Object.keys(result).length === 0) throw new InputError(path, 'the mapping file maps nothing')
  return result
}
