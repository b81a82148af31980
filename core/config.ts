/** The configuration of Lacunes, read once from the environment and validated (PRODUCT.md, "Interfaces"). */
import { z } from 'zod'
import { MIN_K } from './domain/suppression'

const schema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres://').optional(),
  READ_DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres://').optional(),
  LACUNES_DATA_DIR: z.string().min(1).default('./data'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  LACUNES_K: z.coerce
    .number()
    .int()
    .min(MIN_K, `must be at least ${MIN_K}`)
    .max(1000)
    // With counts rounded to base 5, a k of 7, 12, 17… lets one subtraction pin a withheld count to k−1 (docs/PRIVACY.md).
    .refine((k) => k % 5 !== 2, 'must not be 7, 12, 17… (k mod 5 = 2): with rounding to base 5 a withheld k−1 could be recovered')
    .default(10),
  LACUNES_SECRET: z.string().min(16).optional(),
  LACUNES_DEMO: z.enum(['on', 'off']).default('on'),
  LACUNES_DEMO_REQUESTS: z.coerce.number().int().min(1000).max(5_000_000).optional(),
  BASEMAP_STYLE_URL: z.string().url().optional(),
  /** A Nominatim-compatible geocoder for organizations' street addresses; unset, nothing leaves the machine. */
  LACUNES_GEOCODER_URL: z.string().url().optional(),
  LACUNES_GEOCODER_RATE: z.coerce.number().positive().max(50).default(1),
  /** Origins (scheme://host:port) allowed to call the API from another site, comma-separated. */
  CORS_ORIGINS: z
    .string()
    .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean))
    .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'each origin must look like https://example.org')))
    .default([]),
  /** API requests a minute per client address (0: no limit). */
  LACUNES_RATE_LIMIT: z.coerce.number().int().min(0).default(600),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})

export type Config = z.infer<typeof schema>

/** The names of every environment variable Lacunes reads. */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(schema.shape)

/** Parses the environment; throws one message naming every bad variable. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''))
  const result = schema.safeParse(cleaned)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')
    throw new Error(`invalid configuration: ${problems}`)
  }
  // A replica serves the data of a primary: without DATABASE_URL the imports would go to PGlite instead.
  if (result.data.READ_DATABASE_URL && !result.data.DATABASE_URL) {
    throw new Error('invalid configuration: READ_DATABASE_URL: needs DATABASE_URL, the primary that the replica follows')
  }
  return result.data
}
