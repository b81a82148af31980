/**
 * The canonical fields an import understands. Readers map a file's headers onto these (French and
 * English headers recognized on their own, `--map` for the rest); anything else is unmapped.
 * For requests this is also the privacy allow-list: no other column is ever stored.
 */

export const REQUEST_FIELDS = [
  'source_id', // the record's id in the source system: replaced by a keyed hash, never stored
  'date', // date of the request: stored as an ISO week only
  'category', // need category, free text in French or English (may list several)
  'outcome', // referred, unmet, out of territory, emergency fund, ...
  'age_group', // an age group, or an age in years (generalized to a group)
  'language',
  'channel', // 211, 811, 311, outreach, walk-in, fund, ...
  'postal_code', // generalized to its FSA and an H3 res-8 cell, never stored whole
  'municipality',
  'latitude', // generalized to an H3 res-8 cell
  'longitude',
] as const
export type RequestField = (typeof REQUEST_FIELDS)[number]

export const ORGANIZATION_FIELDS = [
  'source_id',
  'name',
  'alternate_name',
  'description',
  'website',
  'email',
  'phone',
  'address',
  'municipality',
  'postal_code',
  'latitude',
  'longitude',
  'categories', // need categories of its services, free text (may list several)
  'service_name',
  'languages',
  'capacity',
  'hours',
  'service_area', // names of territories it serves, or a radius such as "25 km"
] as const
export type OrganizationField = (typeof ORGANIZATION_FIELDS)[number]

export type ImportKind = 'requests' | 'organizations'
