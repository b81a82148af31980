-- Merges the staged requests of import $1 (after import/add-staged-places): the requests not stored
-- yet are added; a re-imported row has the same keyed-hash id and is skipped. Returns how many were added.
WITH added AS (
  INSERT INTO request (id, import_id, iso_week, month, category_id, outcome, age_group, language, channel, place_id, precision, synthetic)
  SELECT s.id, $1, s.iso_week, s.month, s.category_id, s.outcome, s.age_group, s.language, s.channel, p.id, s.precision, false
  FROM request_staging AS s
  JOIN place AS p ON p.place_key = s.place_key
  -- In key order, the primary-key index is filled page after page instead of at random.
  ORDER BY s.id
  ON CONFLICT (id) DO NOTHING
  RETURNING 1
)
SELECT count(*) AS added FROM added
