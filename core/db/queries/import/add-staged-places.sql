-- Adds the generalized places of the staged requests that are not stored yet.
INSERT INTO place (place_key, h3_r8, fsa, municipality_id, point)
SELECT DISTINCT ON (place_key) place_key, h3_r8, fsa, municipality_id, ST_SetSRID(ST_MakePoint(lon, lat), 4326)
FROM request_staging
ORDER BY place_key
ON CONFLICT (place_key) DO NOTHING
