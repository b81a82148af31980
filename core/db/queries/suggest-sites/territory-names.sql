-- The territory of level $1 at each point ($2 longitudes, $3 latitudes; pick k is element k + 1): the
-- polygon that holds it, or, on a level of points (municipalities), the nearest one. Null when no
-- polygon of the level holds the point.
SELECT (p.ordinality - 1)::integer AS pick, t.name
FROM unnest($2::double precision[], $3::double precision[]) WITH ORDINALITY AS p (lon, lat, ordinality)
LEFT JOIN LATERAL (
  SELECT t.name
  FROM territory AS t
  WHERE t.level_id = $1
    AND (t.geom IS NULL OR ST_Intersects(t.geom, ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326)))
  ORDER BY t.centroid <-> ST_SetSRID(ST_MakePoint(p.lon, p.lat), 4326), t.id
  LIMIT 1
) AS t ON true
ORDER BY p.ordinality
