-- Supply sites: each active service point with its top-level category, capacity and location (the
-- destination of a loaded travel-time table).
SELECT service_at_location_id AS id, category_id, capacity, ST_X(geom) AS lon, ST_Y(geom) AS lat, location_id::text AS location_id
FROM service_point
ORDER BY service_at_location_id, category_id
