-- Supply sites: each active service point with its top-level category and capacity.
SELECT service_at_location_id AS id, category_id, capacity, ST_X(geom) AS lon, ST_Y(geom) AS lat
FROM service_point
ORDER BY service_at_location_id, category_id
