-- Generalized places of requests: an H3 resolution-8 cell, an FSA, and the municipality when the
-- source named one. Many requests share a place, so territories are found once per place, not per request.
CREATE TABLE place (
  id              integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  place_key       text NOT NULL UNIQUE,
  h3_r8           text CHECK (h3_r8 ~ '^88[0-9a-f]{13}$'),
  fsa             char(3) CHECK (fsa ~ '^[A-Z][0-9][A-Z]$'),
  municipality_id integer REFERENCES territory (id),
  -- The centre of the cell, else the FSA centroid, else the municipality's point: never a requester's own point.
  point           geometry(Point, 4326) NOT NULL
);
CREATE INDEX place_point_idx ON place USING gist (point);

-- The territory of each place at each level (a level the place falls outside of has no row).
CREATE TABLE place_territory (
  place_id     integer NOT NULL REFERENCES place (id) ON DELETE CASCADE,
  level_id     text NOT NULL REFERENCES level (id),
  territory_id integer NOT NULL REFERENCES territory (id) ON DELETE CASCADE,
  PRIMARY KEY (place_id, level_id)
);
CREATE INDEX place_territory_territory_idx ON place_territory (territory_id);

-- Anonymized requests: allow-listed fields only, and a generalized place.
-- import_id, category_id and place_id carry no foreign-key constraint on purpose: a bulk import adds a
-- million rows, and per-row constraint triggers cost more than the rest of the merge together
-- (measured in docs/BENCHMARKS.md). The one writer, the ETL merge, takes them from the import log, the
-- taxonomy and the place table in the same statement, and tests check that no request is orphaned.
CREATE TABLE request (
  -- A keyed hash (HMAC-SHA-256 with LACUNES_SECRET, first 128 bits) of the source record's id and
  -- category: random-looking, unlinkable without the key, and the same on every re-import, which is
  -- how a re-import adds nothing twice without the source id ever being stored.
  id           uuid PRIMARY KEY,
  import_id    integer NOT NULL,
  iso_week     text NOT NULL CHECK (iso_week ~ '^[0-9]{4}-W[0-9]{2}$'),
  -- The month that holds the week's Thursday (ISO rule), first day; what monthly metrics group by.
  month        date NOT NULL CHECK (extract(day FROM month) = 1),
  category_id  text NOT NULL,
  outcome      text NOT NULL CHECK (outcome IN ('referred', 'unmet', 'out_of_territory', 'emergency_fund', 'unknown')),
  age_group    text NOT NULL CHECK (age_group IN ('0-17', '18-34', '35-49', '50-64', '65+', 'unknown')),
  language     text NOT NULL CHECK (language IN ('fr', 'en', 'other', 'unknown')),
  channel      text NOT NULL CHECK (channel IN ('211', '811', '311', 'outreach', 'walk_in', 'fund', 'other')),
  place_id     integer NOT NULL,
  -- How precisely the source located the requester before generalization.
  precision    text NOT NULL CHECK (precision IN ('coordinates', 'postal_code', 'municipality', 'fsa', 'territory')),
  synthetic    boolean NOT NULL DEFAULT false
);
CREATE INDEX request_import_idx ON request (import_id);

-- Counts per territory × top-level category × month × outcome × channel × age group, maintained by
-- the ETL after each load, so that metrics never scan raw requests.
CREATE TABLE request_count (
  territory_id integer NOT NULL REFERENCES territory (id) ON DELETE CASCADE,
  category_id  text NOT NULL REFERENCES category (id),
  month        date NOT NULL,
  outcome      text NOT NULL,
  channel      text NOT NULL,
  age_group    text NOT NULL,
  n            integer NOT NULL CHECK (n > 0),
  PRIMARY KEY (territory_id, category_id, month, outcome, channel, age_group)
);
CREATE INDEX request_count_month_idx ON request_count (month, category_id);

-- Service points per territory and top-level category (or 'all': distinct points of any category):
-- located in it, or serving it by service area.
CREATE TABLE supply_count (
  territory_id integer NOT NULL REFERENCES territory (id) ON DELETE CASCADE,
  category_id  text NOT NULL,
  located      integer NOT NULL,
  serving      integer NOT NULL,
  PRIMARY KEY (territory_id, category_id)
);
