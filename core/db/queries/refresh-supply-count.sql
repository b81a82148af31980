-- Service points per territory and top-level category, and of any category ('all'). A point is
-- "located" in the territories that contain it (and in its municipality); it "serves" those plus the
-- territories its service area names (with everything nested in them) or reaches within its radius.
WITH RECURSIVE nested (ancestor_id, territory_id) AS (
  SELECT id, id FROM territory
  UNION ALL
  SELECT n.ancestor_id, t.id FROM nested AS n JOIN territory AS t ON t.parent_id = n.territory_id
),
located AS (
  SELECT t.id AS territory_id, sp.category_id, sp.service_at_location_id
  FROM service_point AS sp
  JOIN territory AS t ON t.geom IS NOT NULL AND ST_Intersects(t.geom, sp.geom)
  UNION
  SELECT l.municipality_id, sp.category_id, sp.service_at_location_id
  FROM service_point AS sp
  JOIN location AS l ON l.id = sp.location_id
  WHERE l.municipality_id IS NOT NULL
),
-- Each display outline as geography once: cast for every (service, territory) pair, the polygons'
-- conversion took half of this statement on PGlite (11 s → 5 s with 6,000 demo organizations).
outline AS MATERIALIZED (
  SELECT id, geom_display, geom_display::geography AS outline FROM territory WHERE geom IS NOT NULL
),
served AS (
  SELECT n.territory_id, sp.category_id, sp.service_at_location_id
  FROM service_point AS sp
  JOIN service_area AS sa ON sa.service_id = sp.service_id AND sa.territory_id IS NOT NULL
  JOIN nested AS n ON n.ancestor_id = sa.territory_id
  UNION
  SELECT t.id, sp.category_id, sp.service_at_location_id
  FROM service_point AS sp
  JOIN service_area AS sa ON sa.service_id = sp.service_id AND sa.radius_m IS NOT NULL
  -- The degree test is a cheap index-friendly bound (a degree of longitude is > 60 km below 57°N);
  -- the exact test uses the display outline, whose error (tens of metres) is far below any radius.
  JOIN territory AS t ON t.geom IS NOT NULL
    AND ST_DWithin(t.geom, sp.geom, sa.radius_m / 60000.0)
  JOIN outline AS o ON o.id = t.id
    -- Within radius / 112 km in degrees is within the radius (a degree is at most 111.7 km on the
    -- ellipsoid): the cheap planar test settles most pairs before the geodesic one.
    AND (ST_DWithin(o.geom_display, sp.geom, sa.radius_m / 112000.0) OR ST_DWithin(o.outline, sp.geom::geography, sa.radius_m))
),
flagged AS (
  SELECT territory_id, category_id, service_at_location_id, bool_or(is_located) AS is_located
  FROM (
    SELECT territory_id, category_id, service_at_location_id, true AS is_located FROM located
    UNION ALL
    SELECT territory_id, category_id, service_at_location_id, false FROM served
  ) AS all_links
  GROUP BY territory_id, category_id, service_at_location_id
)
INSERT INTO supply_count (territory_id, category_id, located, serving)
SELECT territory_id, coalesce(category_id, 'all'),
       count(DISTINCT service_at_location_id) FILTER (WHERE is_located),
       count(DISTINCT service_at_location_id)
FROM flagged
GROUP BY GROUPING SETS ((territory_id, category_id), (territory_id))
