-- Supply, aligned with Open Referral HSDS 3.0: organization, service, location, service_at_location,
-- service_area and the taxonomy terms of a service (service_category).
CREATE TABLE organization (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name           text NOT NULL,
  alternate_name text,
  description    text,
  email          text,
  website        text,
  -- Where the record came from ('msss-m02', 'demo', a file name) and its key there, for idempotent re-imports.
  source         text NOT NULL,
  source_key     text NOT NULL,
  synthetic      boolean NOT NULL DEFAULT false,
  import_id      integer REFERENCES import_log (id),
  UNIQUE (source, source_key)
);

CREATE TABLE location (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id    uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
  name               text,
  address_1          text,
  city               text,
  postal_code        text,
  geom               geometry(Point, 4326) NOT NULL,
  -- How the point was found: 'coordinates', 'postal_code', 'municipality', 'fsa'.
  geocode_precision  text NOT NULL,
  municipality_id    integer REFERENCES territory (id)
);
CREATE INDEX location_geom_idx ON location USING gist (geom);
CREATE INDEX location_org_idx ON location (organization_id);

CREATE TABLE service (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
  name            text NOT NULL,
  description     text,
  status          text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive', 'defunct', 'temporarily closed')),
  -- Capacity S_j of the accessibility engine; unknown = 1.
  capacity        double precision CHECK (capacity IS NULL OR capacity > 0),
  languages       text[] NOT NULL DEFAULT '{}',
  hours           text,
  phone           text
);
CREATE INDEX service_org_idx ON service (organization_id);

CREATE TABLE service_category (
  service_id  uuid NOT NULL REFERENCES service (id) ON DELETE CASCADE,
  category_id text NOT NULL REFERENCES category (id),
  PRIMARY KEY (service_id, category_id)
);
CREATE INDEX service_category_category_idx ON service_category (category_id);

CREATE TABLE service_at_location (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  service_id  uuid NOT NULL REFERENCES service (id) ON DELETE CASCADE,
  location_id uuid NOT NULL REFERENCES location (id) ON DELETE CASCADE,
  UNIQUE (service_id, location_id)
);
CREATE INDEX service_at_location_location_idx ON service_at_location (location_id);

-- A service serves either a list of territories or a radius around its locations.
CREATE TABLE service_area (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  service_id   uuid NOT NULL REFERENCES service (id) ON DELETE CASCADE,
  territory_id integer REFERENCES territory (id),
  radius_m     double precision CHECK (radius_m IS NULL OR radius_m > 0),
  CHECK ((territory_id IS NULL) <> (radius_m IS NULL))
);
CREATE INDEX service_area_service_idx ON service_area (service_id);
CREATE INDEX service_area_territory_idx ON service_area (territory_id);

-- Every (service point, category) pair: what supply and access count.
CREATE VIEW service_point AS
SELECT sal.id AS service_at_location_id,
       s.id AS service_id,
       s.organization_id,
       l.id AS location_id,
       coalesce(c.parent_id, c.id) AS category_id,
       coalesce(s.capacity, 1) AS capacity,
       l.geom,
       l.geocode_precision,
       o.synthetic
FROM service s
JOIN organization o ON o.id = s.organization_id
JOIN service_at_location sal ON sal.service_id = s.id
JOIN location l ON l.id = sal.location_id
JOIN service_category sc ON sc.service_id = s.id
JOIN category c ON c.id = sc.category_id
WHERE s.status = 'active';
