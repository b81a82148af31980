-- Service points serving a territory: located in it (in its polygon, or in the municipality for the
-- point-only level) or serving it through a service area, nearest to its centre first.
-- $1 territory id, $2 how many
WITH target AS (
  SELECT id, geom, centroid, level_id FROM territory WHERE id = $1
),
nested (territory_id) AS (
  -- The territory and every territory that contains it: a service area naming an MRC serves its municipalities.
  WITH RECURSIVE up (id, parent_id) AS (
    SELECT id, parent_id FROM territory WHERE id = $1
    UNION ALL
    SELECT t.id, t.parent_id FROM territory AS t JOIN up ON t.id = up.parent_id
  )
  SELECT id FROM up
),
serving AS (
  SELECT sp.service_at_location_id, sp.service_id, sp.location_id
  FROM service_point AS sp, target
  WHERE (target.geom IS NOT NULL AND ST_Intersects(target.geom, sp.geom))
  UNION
  SELECT sp.service_at_location_id, sp.service_id, sp.location_id
  FROM service_point AS sp
  JOIN location AS l ON l.id = sp.location_id
  WHERE l.municipality_id = $1
  UNION
  SELECT sp.service_at_location_id, sp.service_id, sp.location_id
  FROM service_point AS sp
  JOIN service_area AS sa ON sa.service_id = sp.service_id
  JOIN nested AS n ON n.territory_id = sa.territory_id
)
SELECT s.id::text AS service_id, s.name AS service_name, o.name AS organization_name,
       coalesce((
         SELECT array_agg(DISTINCT coalesce(c.parent_id, c.id) ORDER BY coalesce(c.parent_id, c.id))
         FROM service_category AS sc JOIN category AS c ON c.id = sc.category_id
         WHERE sc.service_id = s.id), '{}') AS categories,
       ST_X(l.geom) AS lon, ST_Y(l.geom) AS lat, o.synthetic
FROM (SELECT DISTINCT service_id, location_id FROM serving) AS sv
JOIN service AS s ON s.id = sv.service_id AND s.status = 'active'
JOIN organization AS o ON o.id = s.organization_id
JOIN location AS l ON l.id = sv.location_id, target
ORDER BY l.geom <-> target.centroid, s.name, s.id
LIMIT $2::integer
