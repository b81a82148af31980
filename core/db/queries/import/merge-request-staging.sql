-- Merges staged requests of import $1: new places first, then the requests not stored yet (a
-- re-imported row has the same source hash and is skipped). Returns how many requests were added.
WITH new_places AS (
  INSERT INTO place (place_key, h3_r8, fsa, municipality_id, point)
  SELECT DISTINCT ON (place_key) place_key, h3_r8, fsa, municipality_id, ST_SetSRID(ST_MakePoint(lon, lat), 4326)
  FROM request_staging
  ORDER BY place_key
  ON CONFLICT (place_key) DO NOTHING
  RETURNING id, place_key
), places AS (
  SELECT id, place_key FROM new_places
  UNION ALL
  SELECT p.id, p.place_key FROM place AS p WHERE p.place_key IN (SELECT place_key FROM request_staging)
), added AS (
  INSERT INTO request (id, source_hash, import_id, iso_week, month, category_id, outcome, age_group, language, channel, place_id, precision, synthetic)
  SELECT gen_random_uuid(), s.source_hash, $1, s.iso_week, s.month, s.category_id, s.outcome, s.age_group, s.language, s.channel, pl.id, s.precision, false
  FROM request_staging AS s
  JOIN places AS pl ON pl.place_key = s.place_key
  ON CONFLICT (source_hash) DO NOTHING
  RETURNING 1
)
SELECT count(*) AS added FROM added
