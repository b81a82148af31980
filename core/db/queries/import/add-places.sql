-- Stores the places a request import numbered (etl/load/place-registry.ts), then moves the identity
-- past them so that places added another way never take one of their ids.
-- $1 ids, $2 keys, $3 H3 cells, $4 FSAs, $5 municipality ids, $6 longitudes, $7 latitudes.
WITH added AS (
  INSERT INTO place (id, place_key, h3_r8, fsa, municipality_id, point) OVERRIDING SYSTEM VALUE
  SELECT id, place_key, h3_r8, fsa, municipality_id, ST_SetSRID(ST_MakePoint(lon, lat), 4326)
  FROM unnest($1::integer[], $2::text[], $3::text[], $4::text[], $5::integer[], $6::double precision[], $7::double precision[])
    AS p (id, place_key, h3_r8, fsa, municipality_id, lon, lat)
  RETURNING id
)
SELECT setval(pg_get_serial_sequence('place', 'id'), greatest((SELECT max(id) FROM added), (SELECT coalesce(max(id), 1) FROM place)))
