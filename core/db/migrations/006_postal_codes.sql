-- Full postal codes a user may load (`loadPostalCodes`), for the offline geocoder. None is shipped:
-- without this table's rows, requests are placed by municipality or FSA instead.
CREATE TABLE postal_code (
  code     char(7) PRIMARY KEY CHECK (code ~ '^[A-Z][0-9][A-Z] [0-9][A-Z][0-9]$'),
  centroid geometry(Point, 4326) NOT NULL,
  source   text NOT NULL
);
