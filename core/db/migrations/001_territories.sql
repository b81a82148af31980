-- Territories: levels that nest (region > MRC > municipality / neighbourhood, plus levels users load),
-- each with a full polygon for analysis and a display simplification for the map.
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE level (
  id            text PRIMARY KEY CHECK (id ~ '^[a-z][a-z0-9_]{1,39}$'),
  label_fr      text NOT NULL,
  label_en      text NOT NULL,
  geometry_kind text NOT NULL CHECK (geometry_kind IN ('polygon', 'point')),
  parent_level  text REFERENCES level (id),
  rank          integer NOT NULL,
  builtin       boolean NOT NULL DEFAULT false
);

CREATE TABLE territory (
  id                integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  level_id          text NOT NULL REFERENCES level (id),
  code              text NOT NULL,
  name              text NOT NULL,
  -- Accent- and case-folded name, for gazetteer look-ups by the ETL.
  name_key          text NOT NULL,
  parent_id         integer REFERENCES territory (id),
  population        integer CHECK (population >= 0),
  population_source text,
  geom              geometry(MultiPolygon, 4326) CHECK (geom IS NULL OR ST_IsValid(geom)),
  geom_display      geometry(MultiPolygon, 4326),
  -- A point inside the territory (point on surface), or the gazetteer point of a point-only level.
  centroid          geometry(Point, 4326) NOT NULL,
  area_km2          double precision,
  attributes        jsonb NOT NULL DEFAULT '{}'::jsonb,
  UNIQUE (level_id, code)
);
CREATE INDEX territory_geom_idx ON territory USING gist (geom);
CREATE INDEX territory_centroid_idx ON territory USING gist (centroid);
CREATE INDEX territory_parent_idx ON territory (parent_id);
CREATE INDEX territory_name_key_idx ON territory (level_id, name_key);

-- CIMD 2021 deprivation scores, population-weighted from dissemination areas.
CREATE TABLE territory_deprivation (
  territory_id              integer PRIMARY KEY REFERENCES territory (id) ON DELETE CASCADE,
  da_count                  integer NOT NULL,
  population                integer NOT NULL,
  residential_instability   double precision,
  ethnocultural_composition double precision,
  economic_dependency       double precision,
  situational_vulnerability double precision,
  deprivation               double precision,
  note                      text
);

-- Boroughs (arrondissements), so place names used in files resolve to their municipality.
CREATE TABLE borough (
  code            text PRIMARY KEY,
  name            text NOT NULL,
  name_key        text NOT NULL,
  municipality_id integer NOT NULL REFERENCES territory (id),
  postal_code     text
);
CREATE INDEX borough_name_key_idx ON borough (name_key);

-- Forward sortation areas: the first three characters of a postal code, with 2021 population.
CREATE TABLE fsa (
  code       char(3) PRIMARY KEY CHECK (code ~ '^[A-Z][0-9][A-Z]$'),
  province   text NOT NULL,
  population integer NOT NULL CHECK (population >= 0),
  centroid   geometry(Point, 4326) NOT NULL
);
CREATE INDEX fsa_centroid_idx ON fsa USING gist (centroid);
