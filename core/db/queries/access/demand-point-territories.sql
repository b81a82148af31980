-- Every territory each demand point ($1: their ids) belongs to: itself, its ancestors, and the polygon
-- levels that contain its point but are not on its chain (regions for a neighbourhood, user levels).
WITH RECURSIVE chain (point_id, territory_id) AS (
  SELECT t.id, t.id FROM territory AS t WHERE t.id = ANY($1::integer[])
  UNION ALL
  SELECT c.point_id, t.parent_id FROM chain AS c JOIN territory AS t ON t.id = c.territory_id WHERE t.parent_id IS NOT NULL
),
by_polygon AS (
  SELECT p.id AS point_id, t.id AS territory_id
  FROM territory AS p
  JOIN territory AS t ON t.geom IS NOT NULL AND t.id <> p.id AND ST_Intersects(t.geom, p.centroid)
  WHERE p.id = ANY($1::integer[])
    AND NOT EXISTS (SELECT 1 FROM chain AS c JOIN territory AS ct ON ct.id = c.territory_id
                    WHERE c.point_id = p.id AND ct.level_id = t.level_id)
)
SELECT point_id, territory_id FROM chain
UNION
SELECT point_id, territory_id FROM by_polygon
