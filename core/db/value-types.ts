/**
 * Type parsers shared by both backends, so a row reads the same from PGlite and from `pg`:
 * bigint counts and numerics become numbers, dates stay ISO strings (no time-zone shift).
 */
export const PG_TYPE = { INT8: 20, NUMERIC: 1700, DATE: 1082, TIMESTAMP: 1114, TIMESTAMPTZ: 1184 } as const

const toNumber = (value: string): number => Number(value)
const keepString = (value: string): string => value
const toIsoTimestamp = (value: string): string => new Date(value.includes('+') || value.endsWith('Z') ? value : `${value}Z`).toISOString()

/** Parsers by PostgreSQL type oid. */
export const VALUE_PARSERS: Record<number, (value: string) => unknown> = {
  [PG_TYPE.INT8]: toNumber,
  [PG_TYPE.NUMERIC]: toNumber,
  [PG_TYPE.DATE]: keepString,
  [PG_TYPE.TIMESTAMP]: toIsoTimestamp,
  [PG_TYPE.TIMESTAMPTZ]: toIsoTimestamp,
}
