import { describe, expect, it } from 'vitest'
import { openApiDocument } from '../../server/openapi'

interface Parameter {
  name: string
  required: boolean
  schema: { enum?: string[]; pattern?: string }
}

describe('the OpenAPI description', () => {
  const doc = openApiDocument() as { openapi: string; paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: unknown; security?: unknown }>> }

  it('is OpenAPI 3.1 and describes every endpoint the server has', () => {
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/levels', '/api/categories', '/api/meta', '/api/territories', '/api/metrics', '/api/export/metrics.csv', '/api/export/metrics.geojson', '/api/imports', '/api/services/near', '/api/organizations']),
    )
  })

  it('takes its parameters from the validation schemas', () => {
    const metrics = doc.paths['/api/metrics']?.get?.parameters ?? []
    const byName = Object.fromEntries(metrics.map((p) => [p.name, p]))
    expect(Object.keys(byName).sort()).toEqual(['category', 'channel', 'from', 'level', 'outcome', 'to'])
    expect(byName.level?.required).toBe(true)
    expect(byName.outcome?.schema.enum).toEqual(['referred', 'unmet', 'out_of_territory', 'emergency_fund', 'unknown'])
    expect(byName.from?.schema.pattern).toBeDefined()
  })

  it('marks imports as needing the admin token and describes the upload', () => {
    const post = doc.paths['/api/imports']?.post
    expect(post?.security).toEqual([{ adminToken: [] }])
    expect(JSON.stringify(post?.requestBody)).toContain('"kind"')
  })
})
