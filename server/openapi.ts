/**
 * The OpenAPI 3.1 description of the API, generated from the same zod schemas that validate each
 * endpoint's parameters, so the description cannot drift from what the server accepts.
 */
import { z } from 'zod'
import { VERSION } from './version'
import { importFields } from './routes/imports'
import { metricsQuery } from './routes/metrics-data'
import { monthlyDemandQuery } from './routes/monthly-demand'
import { compareQuery, profileQuery } from './routes/profile'
import { searchQuery } from './routes/search'
import { nearQuery, organizationsQuery } from './routes/services'
import { demandHexQuery } from './routes/demand-hex'
import { suggestSitesQuery } from './routes/suggest-sites'
import { territoriesQuery } from './routes/territories'
import { tileParams } from './tiles/tile-params'

interface Endpoint {
  method: 'get' | 'post'
  path: string
  summary: string
  query?: z.ZodObject
  /** Parameters in the path, named as in `path`. */
  params?: z.ZodObject
  /** multipart/form-data fields (besides the file) of an upload. */
  form?: z.ZodObject
  responses: Record<string, { description: string; type?: string }>
  admin?: boolean
}

const JSON_ERRORS = {
  '400': { description: 'a bad parameter, named in error.message', type: 'application/json' },
  '500': { description: 'internal error (logged; no details leave the server)', type: 'application/json' },
}

const ENDPOINTS: Endpoint[] = [
  { method: 'get', path: '/api/health', summary: 'Up, which database (pglite or postgis), its latency, when data was last loaded', responses: { '200': { description: '{status, db, version, db_latency_ms, last_import}', type: 'application/json' }, '503': { description: 'the database does not answer', type: 'application/json' } } },
  { method: 'get', path: '/api/levels', summary: 'Territory levels with their counts and population', responses: { '200': { description: 'Level[]', type: 'application/json' } } },
  { method: 'get', path: '/api/categories', summary: 'The two-level bilingual need taxonomy', responses: { '200': { description: 'Category[]', type: 'application/json' } } },
  { method: 'get', path: '/api/meta', summary: 'What the data is: synthetic or not, span, loads, sources, k', responses: { '200': { description: 'DatasetMeta', type: 'application/json' } } },
  { method: 'get', path: '/api/territories', summary: "A level's territories as GeoJSON (id, code, name, level, parent_id, population)", query: territoriesQuery, responses: { '200': { description: 'FeatureCollection', type: 'application/geo+json' }, '304': { description: 'not modified (ETag)' }, ...JSON_ERRORS } },
  { method: 'get', path: '/api/tiles/{level}/{z}/{x}/{y}.mvt', summary: "Mapbox Vector Tile of a level's territories: one layer `territories`, feature id = territory id, properties id, code, name, level, parent_id, population; no counts; extent 4096, buffer 64; display outlines below zoom 10, full from 10; gzipped when accepted", params: tileParams, responses: { '200': { description: 'the tile', type: 'application/vnd.mapbox-vector-tile' }, '204': { description: 'empty tile: no territory of the level there' }, '304': { description: 'not modified (ETag)' }, ...JSON_ERRORS } },
  { method: 'get', path: '/api/metrics', summary: 'Demand, rate, unmet share, supply, access, gap and deprivation per territory, suppressed below k', query: metricsQuery, responses: { '200': { description: 'MetricsResponse', type: 'application/json' }, '304': { description: 'not modified (ETag)' }, ...JSON_ERRORS } },
  { method: 'get', path: '/api/territories/{id}/profile', summary: 'One territory for a period: totals, gap and its explanation, by category, monthly trend, by child territory, age group and channel, services serving it, categories with no service, data precision and date; counts protected as in /api/metrics', params: z.object({ id: z.string().describe('territory id') }), query: profileQuery, responses: { '200': { description: 'TerritoryProfile', type: 'application/json' }, '304': { description: 'not modified (ETag)' }, '404': { description: 'no such territory', type: 'application/json' }, ...JSON_ERRORS } },
  { method: 'get', path: '/api/compare', summary: 'The profiles of 2 to 4 territories side by side, for one period', query: compareQuery, responses: { '200': { description: 'CompareResponse', type: 'application/json' }, '304': { description: 'not modified (ETag)' }, '404': { description: 'no such territory', type: 'application/json' }, ...JSON_ERRORS } },
  { method: 'get', path: '/api/demand/monthly', summary: 'Requests per month for all of the data (the period histogram), protected like every count', query: monthlyDemandQuery, responses: { '200': { description: 'MonthlyDemandResponse', type: 'application/json' }, '304': { description: 'not modified (ETag)' }, ...JSON_ERRORS } },
  { method: 'get', path: '/api/search', summary: 'Finds territories and municipalities by name (accents, case, St/Ste ignored) and places by postal code or FSA (labelled by the FSA only), best first, with a point and an extent to fly to', query: searchQuery, responses: { '200': { description: 'SearchResponse', type: 'application/json' }, ...JSON_ERRORS } },
  { method: 'get', path: '/api/services/near', summary: 'The nearest services of a category from a postal code, an FSA or lon/lat, with distance in metres and the precision of the origin (never echoes a full postal code)', query: nearQuery, responses: { '200': { description: 'ServicesNearResponse', type: 'application/json' }, '404': { description: 'unknown FSA', type: 'application/json' }, ...JSON_ERRORS } },
  { method: 'get', path: '/api/organizations', summary: 'Service locations as GeoJSON points, filtered by bbox, category and name', query: organizationsQuery, responses: { '200': { description: 'FeatureCollection', type: 'application/geo+json' }, '304': { description: 'not modified (ETag)' }, ...JSON_ERRORS } },
  { method: 'get', path: '/api/demand/hex', summary: 'Demand and unmet demand per H3 cell (resolution 5 to 8) for a category and period, summed from the generalized places in each cell; counts protected as in /api/metrics (withheld below k, rounded to base 5); cells without demand left out', query: demandHexQuery, responses: { '200': { description: 'DemandHexResponse', type: 'application/json' }, '304': { description: 'not modified (ETag)' }, ...JSON_ERRORS } },
  { method: 'get', path: '/api/suggest-sites', summary: "Where 1 to 10 new service points would reach the most unmet demand of a category and period: greedy maximal covering among H3 resolution-7 cell centres or municipality points, within the category's urban or rural catchment; each pick with the unmet demand it newly covers and the running total (published counts), named by the territory of the level", query: suggestSitesQuery, responses: { '200': { description: 'SuggestSitesResponse', type: 'application/json' }, '304': { description: 'not modified (ETag)' }, ...JSON_ERRORS } },
  { method: 'get', path: '/api/export/metrics.csv', summary: 'The metrics table as CSV (UTF-8 with BOM; formula cells neutralized; suppressed cells as <k)', query: metricsQuery, responses: { '200': { description: 'CSV file', type: 'text/csv' }, ...JSON_ERRORS } },
  { method: 'get', path: '/api/export/metrics.geojson', summary: 'The metrics table joined to the territories, as GeoJSON', query: metricsQuery, responses: { '200': { description: 'FeatureCollection', type: 'application/geo+json' }, ...JSON_ERRORS } },
  { method: 'post', path: '/api/imports', summary: 'Runs an ETL import on an uploaded file (requests, organizations or territories) and returns its report', form: importFields, admin: true, responses: { '201': { description: 'ImportReport', type: 'application/json' }, '200': { description: 'ImportReport of a dry run', type: 'application/json' }, '401': { description: 'missing or wrong admin token', type: 'application/json' }, '403': { description: 'writes disabled (no ADMIN_TOKEN)', type: 'application/json' }, '413': { description: 'file too large', type: 'application/json' }, '415': { description: 'not multipart/form-data', type: 'application/json' }, '422': { description: 'the file is unusable: error.message names the file, row and field', type: 'application/json' }, ...JSON_ERRORS } },
]

/** Extra endpoints registered by other modules (e.g. services), so each keeps its schema next to its route. */
const extra: Endpoint[] = []

/** Adds an endpoint to the description. */
export function describeEndpoint(endpoint: Endpoint): void {
  extra.push(endpoint)
}

function parameters(schema: z.ZodObject, location: 'query' | 'path' = 'query') {
  const json = z.toJSONSchema(schema, { io: 'input' }) as { properties?: Record<string, unknown>; required?: string[] }
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: location,
    required: location === 'path' || (json.required ?? []).includes(name),
    schema: property,
  }))
}

/** The OpenAPI document. */
export function openApiDocument(): object {
  const paths: Record<string, Record<string, object>> = {}
  for (const endpoint of [...ENDPOINTS, ...extra]) {
    const operation: Record<string, unknown> = {
      summary: endpoint.summary,
      responses: Object.fromEntries(
        Object.entries(endpoint.responses).map(([status, r]) => [status, r.type ? { description: r.description, content: { [r.type]: {} } } : { description: r.description }]),
      ),
    }
    if (endpoint.query || endpoint.params) {
      operation.parameters = [...(endpoint.params ? parameters(endpoint.params, 'path') : []), ...(endpoint.query ? parameters(endpoint.query) : [])]
    }
    if (endpoint.form) {
      const form = z.toJSONSchema(endpoint.form, { io: 'input' }) as { properties?: Record<string, unknown>; required?: string[] }
      operation.requestBody = {
        required: true,
        content: {
          'multipart/form-data': {
            schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' }, ...form.properties }, required: ['file', ...(form.required ?? [])] },
          },
        },
      }
    }
    if (endpoint.admin) operation.security = [{ adminToken: [] }]
    paths[endpoint.path] = { ...paths[endpoint.path], [endpoint.method]: operation }
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Lacunes API', version: VERSION, description: 'Where social and community service needs go unserved in Quebec. Counts from 1 to k−1 are never published.' },
    paths,
    components: { securitySchemes: { adminToken: { type: 'http', scheme: 'bearer', description: 'ADMIN_TOKEN' } } },
  }
}
