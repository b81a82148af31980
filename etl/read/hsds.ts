/**
 * Open Referral HSDS 3.0 reader, in two shapes:
 *   (a) JSON: an array of `service` objects (nested `organization`, `service_at_locations[].location`
 *       with `addresses`, `latitude`, `longitude`; `service_areas`, `languages`, `phones`,
 *       `capacities`, `schedules`, `attributes[].taxonomy_term`), or an array of `organization`
 *       objects with nested `services` and `locations` (a service_at_location may then give only a
 *       `location_id` of one of the organization's locations). An API page `{contents: [...]}` and a
 *       single object are accepted too.
 *   (b) a Tabular Data Package: a folder, or its datapackage.json, next to organizations.csv and
 *       services.csv (required), locations.csv + service_at_locations.csv, and optionally
 *       addresses.csv, service_areas.csv, attributes.csv + taxonomy_terms.csv, languages.csv,
 *       phones.csv, schedules.csv, service_capacities.csv. Resource paths in datapackage.json win
 *       over these default names. Each table is read with the CSV reader (encoding detection etc.).
 *
 * Output: one row per (service × location) — a service with no location gives one row without
 * coordinates — whose values already use the canonical organization field names (ORGANIZATION_FIELDS),
 * `source_id` = `<organization id>:<service id>:<location id>`. `line` = the 1-based index of the
 * service in the JSON (counted across organizations), or its row number in services.csv.
 *
 * Decision: HSDS directories are small (thousands of services), so the JSON file and the tables are
 * read whole into memory to resolve references; the rows are then yielded lazily.
 * A reference to an unknown id (a service_at_location pointing at a missing location, a service
 * of an unknown organization, an attribute of an unknown taxonomy term) is an InputError naming the
 * file, the row and the field.
 */
import { stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { ORGANIZATION_FIELDS } from '../import/fields'
import { openCsv } from './csv'
import { jsonValueText, readJsonFile } from './geojson'
import { InputError, type SourceRow, type TableSource } from './types'

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function text(value: unknown): string {
  return jsonValueText(value)
}

function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isObject) : []
}

function joinUnique(values: readonly string[]): string {
  return [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))].join('; ')
}

/** A service in nested form with where it came from, ready to flatten. */
interface NestedService {
  service: Json
  organization: Json | undefined
  /** Locations of the organization by id, for service_at_locations that give only a location_id. */
  organizationLocations: Map<string, Json>
  line: number
  file: string
  /** How the service's fields are named in errors: "services[3]" in JSON, "" in tables. */
  fieldPrefix: string
}

function firstPhone(...holders: (Json | undefined)[]): string {
  for (const holder of holders) {
    for (const phone of list(holder?.phones)) {
      const number = text(phone.number)
      if (number !== '') return number
    }
  }
  return ''
}

function pickAddress(location: Json | undefined): Json | undefined {
  const addresses = list(location?.addresses)
  return addresses.find((a) => text(a.address_type).toLowerCase() === 'physical') ?? addresses.find((a) => text(a.address_type).toLowerCase() !== 'postal') ?? addresses[0]
}

function capacityOf(service: Json): string {
  for (const capacity of list(service.capacities)) {
    const value = text(capacity.maximum) || text(capacity.available)
    if (value !== '') return value
  }
  return text(service.capacity)
}

function flatten(nested: NestedService): SourceRow[] {
  const { service, line, file, fieldPrefix } = nested
  const organization = nested.organization ?? (isObject(service.organization) ? service.organization : undefined)
  const serviceId = text(service.id)
  if (serviceId === '') throw new InputError(file, 'the service has no id', { row: line, field: `${fieldPrefix}id` })
  const organizationId = text(organization?.id) || text(service.organization_id)
  if (organizationId === '') {
    throw new InputError(file, 'the service has no organization (neither "organization" nor "organization_id")', { row: line, field: `${fieldPrefix}organization` })
  }
  const categories = joinUnique(
    list(service.attributes).map((attribute) => {
      const term = isObject(attribute.taxonomy_term) ? attribute.taxonomy_term : undefined
      return text(term?.name) || text(term?.code) || text(attribute.label)
    }),
  )
  const serviceAreas = (sal: Json | undefined) => joinUnique([...list(service.service_areas), ...list(sal?.service_areas)].map((area) => text(area.name) || text(area.description)))
  const languages = (location: Json | undefined) => {
    const own = list(service.languages).map((l) => text(l.name) || text(l.code))
    return joinUnique(own.length > 0 ? own : list(location?.languages).map((l) => text(l.name) || text(l.code)))
  }
  const hours = (sal: Json | undefined, location: Json | undefined) =>
    joinUnique([...list(sal?.schedules), ...list(service.schedules), ...list(location?.schedules)].map((s) => text(s.description) || text(s.notes)))

  const sals = list(service.service_at_locations)
  const targets: { sal: Json | undefined; location: Json | undefined; locationId: string }[] = []
  sals.forEach((sal, k) => {
    let location = isObject(sal.location) ? sal.location : undefined
    const referenced = text(sal.location_id)
    if (!location && referenced !== '') {
      location = nested.organizationLocations.get(referenced)
      if (!location) {
        throw new InputError(file, `unknown location id "${referenced}"`, { row: line, field: `${fieldPrefix}service_at_locations[${k}].location_id` })
      }
    }
    targets.push({ sal, location, locationId: text(location?.id) || referenced || `location-${k + 1}` })
  })
  if (targets.length === 0) targets.push({ sal: undefined, location: undefined, locationId: '' })

  return targets.map(({ sal, location, locationId }) => {
    const address = pickAddress(location)
    const street = [text(address?.address_1), text(address?.address_2)].filter((s) => s !== '').join(', ')
    const city = text(address?.city)
    const values: Record<string, string> = {
      source_id: `${organizationId}:${serviceId}:${locationId}`,
      name: text(organization?.name) || text(service.name),
      alternate_name: text(organization?.alternate_name),
      description: text(service.description) || text(organization?.description),
      website: text(organization?.website) || text(service.url),
      email: text(service.email) || text(organization?.email),
      phone: firstPhone(sal, service, location, organization),
      address: [street, city].filter((s) => s !== '').join(', '),
      municipality: city,
      postal_code: text(address?.postal_code),
      latitude: text(location?.latitude),
      longitude: text(location?.longitude),
      categories,
      service_name: text(service.name),
      languages: languages(location),
      capacity: capacityOf(service),
      hours: hours(sal, location),
      service_area: serviceAreas(sal),
    }
    return { line, values }
  })
}

function hsdsSource(file: string, details: Record<string, string>, services: NestedService[]): TableSource {
  async function* rows(): AsyncGenerator<SourceRow> {
    for (const nested of services) yield* flatten(nested)
  }
  return { file, format: 'hsds', details, columns: [...ORGANIZATION_FIELDS], rows: { [Symbol.asyncIterator]: rows } }
}

// ---------------------------------------------------------------------------------------------
// (a) JSON

function locationsById(organization: Json | undefined): Map<string, Json> {
  const byId = new Map<string, Json>()
  for (const location of list(organization?.locations)) {
    const id = text(location.id)
    if (id !== '') byId.set(id, location)
  }
  return byId
}

/** Opens an HSDS JSON file: services with nested organization, or organizations with nested services. */
export async function openHsdsJson(file: string): Promise<TableSource> {
  let data = await readJsonFile(file, 'HSDS file')
  if (isObject(data) && Array.isArray(data.contents)) data = data.contents
  if (isObject(data)) data = [data]
  if (!Array.isArray(data)) throw new InputError(file, 'not HSDS: expected an array of services or organizations')
  if (data.length === 0) throw new InputError(file, 'the HSDS file holds no services (no data rows)')
  const services: NestedService[] = []
  let line = 0
  let shape = ''
  data.forEach((item, i) => {
    if (!isObject(item)) throw new InputError(file, `not HSDS: element ${i + 1} is not an object`, { row: i + 1 })
    if (Array.isArray(item.services)) {
      shape = 'organizations'
      const organizationLocations = locationsById(item)
      list(item.services).forEach((service, k) => {
        line++
        services.push({ service, organization: item, organizationLocations, line, file, fieldPrefix: `[${i}].services[${k}].` })
      })
    } else if (isObject(item.organization) || Array.isArray(item.service_at_locations) || 'organization_id' in item) {
      shape = 'services'
      line++
      const organization = isObject(item.organization) ? item.organization : undefined
      services.push({ service: item, organization, organizationLocations: locationsById(organization), line, file, fieldPrefix: '' })
    } else {
      throw new InputError(file, 'not HSDS: expected a service (with "organization" or "service_at_locations") or an organization (with "services")', {
        row: i + 1,
      })
    }
  })
  if (services.length === 0) throw new InputError(file, 'the HSDS file holds no services (no data rows)')
  return hsdsSource(file, { shape: `HSDS JSON (${shape})`, services: String(services.length) }, services)
}

// ---------------------------------------------------------------------------------------------
// (b) Tabular Data Package

const TABLES = {
  organization: 'organizations.csv',
  service: 'services.csv',
  location: 'locations.csv',
  service_at_location: 'service_at_locations.csv',
  address: 'addresses.csv',
  service_area: 'service_areas.csv',
  attribute: 'attributes.csv',
  taxonomy_term: 'taxonomy_terms.csv',
  language: 'languages.csv',
  phone: 'phones.csv',
  schedule: 'schedules.csv',
  service_capacity: 'service_capacities.csv',
} as const
type TableName = keyof typeof TABLES

interface TableRow {
  line: number
  values: Record<string, string>
}

async function exists(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

/** Resource paths from datapackage.json (by resource name), else the default file names. */
async function tablePaths(folder: string, descriptor: string | undefined): Promise<Record<TableName, string>> {
  const paths = Object.fromEntries(Object.entries(TABLES).map(([name, path]) => [name, join(folder, path)])) as Record<TableName, string>
  if (descriptor === undefined) return paths
  const data = await readJsonFile(descriptor, 'data package descriptor')
  if (!isObject(data) || !Array.isArray(data.resources)) throw new InputError(descriptor, 'not a data package descriptor: it has no "resources" array')
  for (const resource of list(data.resources)) {
    const name = text(resource.name)
    const path = text(resource.path)
    if (name in TABLES && path !== '') paths[name as TableName] = join(folder, path)
  }
  return paths
}

async function readTable(path: string): Promise<TableRow[]> {
  const source = await openCsv(path)
  const rows: TableRow[] = []
  for await (const row of source.rows) rows.push(row)
  return rows
}

async function readOptional(path: string): Promise<TableRow[]> {
  if (!(await exists(path))) return []
  try {
    return await readTable(path)
  } catch (error) {
    // An optional table with a header and nothing else is simply empty.
    if (error instanceof InputError && /no data rows/.test(error.message)) return []
    throw error
  }
}

function groupBy(rows: readonly TableRow[], key: string): Map<string, TableRow[]> {
  const groups = new Map<string, TableRow[]>()
  for (const row of rows) {
    const id = row.values[key] ?? ''
    if (id === '') continue
    const group = groups.get(id)
    if (group) group.push(row)
    else groups.set(id, [row])
  }
  return groups
}

function indexById(file: string, rows: readonly TableRow[]): Map<string, TableRow> {
  const byId = new Map<string, TableRow>()
  for (const row of rows) {
    const id = row.values.id ?? ''
    if (id === '') throw new InputError(file, 'the row has no id', { row: row.line, field: 'id' })
    if (byId.has(id)) throw new InputError(file, `the id "${id}" appears twice (rows ${byId.get(id)?.line} and ${row.line})`, { row: row.line, field: 'id' })
    byId.set(id, row)
  }
  return byId
}

function requireRef(file: string, row: TableRow, field: string, known: Map<string, unknown>, what: string): void {
  const id = row.values[field] ?? ''
  if (id !== '' && !known.has(id)) throw new InputError(file, `unknown ${what} id "${id}"`, { row: row.line, field })
}

/** Opens an HSDS Tabular Data Package: a folder or the path of its datapackage.json. */
export async function openHsdsPackage(path: string): Promise<TableSource> {
  let folder = path
  let descriptor: string | undefined
  try {
    const info = await stat(path)
    if (info.isDirectory()) {
      const candidate = join(path, 'datapackage.json')
      if (await exists(candidate)) descriptor = candidate
    } else {
      folder = dirname(path)
      descriptor = path
    }
  } catch {
    throw new InputError(path, 'file not found')
  }
  const paths = await tablePaths(folder, descriptor)
  for (const required of ['organization', 'service'] as const) {
    if (!(await exists(paths[required]))) {
      throw new InputError(path, `the HSDS data package has no ${basename(paths[required])} (expected in ${folder})`)
    }
  }
  const organizations = await readTable(paths.organization)
  const services = await readTable(paths.service)
  const locations = await readOptional(paths.location)
  const sals = await readOptional(paths.service_at_location)
  const addresses = await readOptional(paths.address)
  const areas = await readOptional(paths.service_area)
  const attributes = await readOptional(paths.attribute)
  const terms = await readOptional(paths.taxonomy_term)
  const languages = await readOptional(paths.language)
  const phones = await readOptional(paths.phone)
  const schedules = await readOptional(paths.schedule)
  const capacities = await readOptional(paths.service_capacity)
  if (sals.length > 0 && !(await exists(paths.location))) {
    throw new InputError(paths.service_at_location, `refers to locations but the package has no ${basename(paths.location)}`)
  }

  const organizationById = indexById(paths.organization, organizations)
  const serviceById = indexById(paths.service, services)
  const locationById = indexById(paths.location, locations)
  const termById = indexById(paths.taxonomy_term, terms)
  for (const row of services) requireRef(paths.service, row, 'organization_id', organizationById, 'organization')
  for (const row of sals) {
    requireRef(paths.service_at_location, row, 'service_id', serviceById, 'service')
    requireRef(paths.service_at_location, row, 'location_id', locationById, 'location')
    if ((row.values.location_id ?? '') === '') throw new InputError(paths.service_at_location, 'the row has no location_id', { row: row.line, field: 'location_id' })
  }
  for (const row of addresses) requireRef(paths.address, row, 'location_id', locationById, 'location')
  for (const row of areas) requireRef(paths.service_area, row, 'service_id', serviceById, 'service')
  for (const row of attributes) requireRef(paths.attribute, row, 'taxonomy_term_id', termById, 'taxonomy term')
  for (const row of capacities) requireRef(paths.service_capacity, row, 'service_id', serviceById, 'service')

  const addressesByLocation = groupBy(addresses, 'location_id')
  const salsByService = groupBy(sals, 'service_id')
  const areasByService = groupBy(areas, 'service_id')
  const areasBySal = groupBy(areas, 'service_at_location_id')
  const attributesByLink = groupBy(attributes, 'link_id')
  const languagesByService = groupBy(languages, 'service_id')
  const languagesByLocation = groupBy(languages, 'location_id')
  const phonesBy = (key: string) => groupBy(phones, key)
  const phonesByService = phonesBy('service_id')
  const phonesByLocation = phonesBy('location_id')
  const phonesByOrganization = phonesBy('organization_id')
  const phonesBySal = phonesBy('service_at_location_id')
  const schedulesByService = groupBy(schedules, 'service_id')
  const schedulesBySal = groupBy(schedules, 'service_at_location_id')
  const capacitiesByService = groupBy(capacities, 'service_id')
  const values = (rows: readonly TableRow[] | undefined): Json[] => (rows ?? []).map((row) => row.values)

  const nested: NestedService[] = services.map((row) => {
    const serviceId = row.values.id ?? ''
    const organizationRow = organizationById.get(row.values.organization_id ?? '')
    const organization: Json | undefined = organizationRow && { ...organizationRow.values, phones: values(phonesByOrganization.get(organizationRow.values.id ?? '')) }
    const serviceAttributes = (attributesByLink.get(serviceId) ?? [])
      .filter((a) => ['', 'service'].includes((a.values.link_entity ?? '').toLowerCase()))
      .map((a) => ({ ...a.values, taxonomy_term: termById.get(a.values.taxonomy_term_id ?? '')?.values }))
    const service: Json = {
      ...row.values,
      organization,
      attributes: serviceAttributes,
      service_areas: values(areasByService.get(serviceId)),
      languages: values(languagesByService.get(serviceId)),
      phones: values(phonesByService.get(serviceId)),
      schedules: values(schedulesByService.get(serviceId)),
      capacities: values(capacitiesByService.get(serviceId)),
      service_at_locations: (salsByService.get(serviceId) ?? []).map((sal) => {
        const salId = sal.values.id ?? ''
        const locationId = sal.values.location_id ?? ''
        const location = locationById.get(locationId)?.values
        return {
          ...sal.values,
          service_areas: values(salId ? areasBySal.get(salId) : undefined),
          phones: values(salId ? phonesBySal.get(salId) : undefined),
          schedules: values(salId ? schedulesBySal.get(salId) : undefined),
          location: location && {
            ...location,
            addresses: values(addressesByLocation.get(locationId)),
            languages: values(languagesByLocation.get(locationId)),
            phones: values(phonesByLocation.get(locationId)),
          },
        }
      }),
    }
    return { service, organization, organizationLocations: new Map(), line: row.line, file: paths.service, fieldPrefix: '' }
  })
  return hsdsSource(path, { shape: 'HSDS tabular data package', services: String(services.length) }, nested)
}

/** Opens HSDS input: a folder or datapackage.json (tabular package), else a JSON file. */
export async function openHsds(path: string): Promise<TableSource> {
  let isFolder: boolean
  try {
    isFolder = (await stat(path)).isDirectory()
  } catch {
    throw new InputError(path, 'file not found')
  }
  if (isFolder || basename(path).toLowerCase() === 'datapackage.json') return openHsdsPackage(path)
  return openHsdsJson(path)
}
