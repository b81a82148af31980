-- Merges the staged requests of import $1 (after import/add-staged-places): the requests not stored
-- yet are added; a re-imported row has the same keyed-hash id and is skipped. Returns how many were added.
-- A plain insert with an anti-join is much cheaper than ON CONFLICT over a million rows; it is safe
-- because request imports hold an advisory lock (import/lock-requests), so no other one inserts meanwhile.
WITH added AS (
  INSERT INTO request (id, import_id, iso_week, month, category_id, outcome, age_group, language, channel, place_id, precision, synthetic)
  SELECT DISTINCT ON (s.id) s.id, $1::integer, s.iso_week, s.month, s.category_id, s.outcome, s.age_group, s.language, s.channel, p.id, s.precision, false
  FROM request_staging AS s
  JOIN place AS p ON p.place_key = s.place_key
  WHERE NOT EXISTS (SELECT 1 FROM request AS r WHERE r.id = s.id)
  -- In key order, the primary-key index is filled page after page instead of at random.
  ORDER BY s.id
  RETURNING 1
)
SELECT count(*) AS added FROM added
