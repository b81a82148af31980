-- How many input geometries of a GeoJSON array ($1) are invalid before repair.
SELECT count(*) AS invalid
FROM json_array_elements($1::json) AS x
WHERE NOT ST_IsValid(ST_SetSRID(ST_GeomFromGeoJSON((x->'geometry')::text), 4326))
