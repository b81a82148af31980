-- Places every place in each level it has no territory in yet: through its municipality and that
-- municipality's ancestors when the source named one (the hierarchy is authoritative), then by point
-- in polygon for the polygon levels still missing. A coarse place (no H3 cell: a municipality's or an
-- FSA's point) is never placed in a level finer than the MRC: all of "Montréal" would otherwise land
-- in the one neighbourhood that holds city hall. Run after new places (with $1 the highest place id
-- stored before them: an import then tests its own places against the polygons, not every place ever
-- stored) or after a new level (with $1 = 0).
WITH RECURSIVE ancestry (place_id, territory_id) AS (
  SELECT p.id, p.municipality_id FROM place AS p WHERE p.municipality_id IS NOT NULL AND p.id > $1
  UNION ALL
  SELECT a.place_id, t.parent_id FROM ancestry AS a JOIN territory AS t ON t.id = a.territory_id WHERE t.parent_id IS NOT NULL
),
by_hierarchy AS (
  SELECT a.place_id, t.level_id, t.id AS territory_id
  FROM ancestry AS a JOIN territory AS t ON t.id = a.territory_id
),
by_polygon AS (
  SELECT p.id AS place_id, t.level_id, min(t.id) AS territory_id
  FROM place AS p
  JOIN territory AS t ON t.geom IS NOT NULL AND ST_Intersects(t.geom, p.point)
  JOIN level AS l ON l.id = t.level_id
  WHERE p.id > $1 AND (p.h3_r8 IS NOT NULL OR l.rank <= (SELECT rank FROM level WHERE id = 'mrc'))
  GROUP BY p.id, t.level_id
),
candidates AS (
  SELECT place_id, level_id, territory_id FROM by_hierarchy
  UNION ALL
  SELECT b.place_id, b.level_id, b.territory_id
  FROM by_polygon AS b
  WHERE NOT EXISTS (SELECT 1 FROM by_hierarchy AS h WHERE h.place_id = b.place_id AND h.level_id = b.level_id)
)
INSERT INTO place_territory (place_id, level_id, territory_id)
SELECT c.place_id, c.level_id, c.territory_id
FROM candidates AS c
WHERE NOT EXISTS (SELECT 1 FROM place_territory AS pt WHERE pt.place_id = c.place_id AND pt.level_id = c.level_id)
