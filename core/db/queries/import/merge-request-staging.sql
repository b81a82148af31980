-- Merges the staged requests of an import: the requests not stored yet are added, and tallied in
-- import_count (import/create-import-count) for the counts tables; a re-imported row has the same
-- keyed-hash id and is skipped. Returns how many were added.
-- A plain insert with an anti-join is much cheaper than ON CONFLICT over a million rows; it is safe
-- because request imports hold an advisory lock (import/lock-requests), so no other one inserts meanwhile.
WITH added AS (
  INSERT INTO request (id, import_id, iso_week, month, category_id, outcome, age_group, language, channel, place_id, precision, synthetic)
  SELECT DISTINCT ON (s.id) s.id, s.import_id, s.iso_week, s.month, s.category_id, s.outcome, s.age_group, s.language, s.channel, s.place_id, s.precision, s.synthetic
  FROM request_staging AS s
  WHERE NOT EXISTS (SELECT 1 FROM request AS r WHERE r.id = s.id)
  -- In key order, the primary-key index is filled page after page instead of at random.
  ORDER BY s.id
  RETURNING place_id, category_id, month, outcome, channel, age_group
),
tallied AS (
  INSERT INTO import_count (place_id, category_id, month, outcome, channel, age_group, n)
  SELECT a.place_id, coalesce(c.parent_id, c.id), a.month, a.outcome, a.channel, a.age_group, count(*)
  FROM added AS a
  JOIN category AS c ON c.id = a.category_id
  GROUP BY a.place_id, coalesce(c.parent_id, c.id), a.month, a.outcome, a.channel, a.age_group
  RETURNING n
)
SELECT coalesce(sum(n), 0)::integer AS added FROM tallied
