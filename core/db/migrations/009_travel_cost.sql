-- A travel-time table a user loads (`npm run etl -- load travel-times <file.csv>`, computed elsewhere,
-- e.g. with the table service of OSRM or Valhalla): minutes from a demand point of the accessibility
-- engine (the territory id of access/demand-points.sql) to a service location. Access then uses these
-- minutes, instead of distances, for every demand point listed here; a pair absent from the table is
-- unreachable (core/access/README.md). A load replaces the whole table. No foreign keys: a table of
-- millions of pairs loads by COPY without per-row triggers; the loader checks every id, and the
-- refresh ignores pairs whose point or location no longer exists.
CREATE TABLE travel_cost (
  origin_id   integer NOT NULL,
  location_id uuid NOT NULL,
  minutes     double precision NOT NULL CHECK (minutes >= 0 AND minutes < 'Infinity'::double precision),
  PRIMARY KEY (origin_id, location_id)
);

ALTER TABLE import_log DROP CONSTRAINT import_log_kind_check;
ALTER TABLE import_log ADD CONSTRAINT import_log_kind_check
  CHECK (kind IN ('reference', 'demo', 'organizations', 'requests', 'territories', 'travel_times'));
