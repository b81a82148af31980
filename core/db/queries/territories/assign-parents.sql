-- The parent of each territory of level $1 is the territory of level $2 it overlaps most.
UPDATE territory AS child
SET parent_id = (
  SELECT p.id
  FROM territory AS p
  WHERE p.level_id = $2 AND p.geom && child.geom AND ST_Intersects(p.geom, child.geom)
  ORDER BY ST_Area(ST_Intersection(p.geom, child.geom)) DESC, p.id
  LIMIT 1
)
WHERE child.level_id = $1
