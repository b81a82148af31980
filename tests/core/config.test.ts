import { describe, expect, it } from 'vitest'
import { readConfig } from '../../core/config'

describe('configuration', () => {
  it('defaults to the embedded database on port 3000 with k = 10', () => {
    const config = readConfig({})
    expect(config).toMatchObject({ PORT: 3000, LACUNES_DATA_DIR: './data', LACUNES_K: 10, LACUNES_DEMO: 'on' })
    expect(config.DATABASE_URL).toBeUndefined()
  })

  it('never lets k fall below 5', () => {
    expect(() => readConfig({ LACUNES_K: '3' })).toThrow(/LACUNES_K: must be at least 5/)
    expect(() => readConfig({ LACUNES_K: '12' })).toThrow(/LACUNES_K: must not be 7, 12, 17/)
    expect(readConfig({ LACUNES_K: '11' }).LACUNES_K).toBe(11)
  })

  it('names every bad variable', () => {
    expect(() => readConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: must start with postgres:\/\/; PORT: /)
  })

  it('treats an empty variable as unset', () => {
    expect(readConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined()
  })
})

describe('security settings', () => {
  it('reads the CORS allow-list and refuses what is not an origin', () => {
    expect(readConfig({ CORS_ORIGINS: 'https://a.org, http://localhost:5173' }).CORS_ORIGINS).toEqual(['https://a.org', 'http://localhost:5173'])
    expect(readConfig({}).CORS_ORIGINS).toEqual([])
    expect(() => readConfig({ CORS_ORIGINS: 'https://a.org/path' })).toThrow(/CORS_ORIGINS/)
  })

  it('limits API requests by default', () => {
    expect(readConfig({}).LACUNES_RATE_LIMIT).toBe(600)
    expect(readConfig({ LACUNES_RATE_LIMIT: '0' }).LACUNES_RATE_LIMIT).toBe(0)
  })
})
