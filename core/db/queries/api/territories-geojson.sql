-- The territories of a level as one GeoJSON FeatureCollection, built by PostGIS.
-- $1 level id, $2 true for full geometry (else the display simplification), $3 coordinate decimals
SELECT json_build_object(
  'type', 'FeatureCollection',
  'features', coalesce(json_agg(json_build_object(
    'type', 'Feature',
    'id', t.id,
    'geometry', ST_AsGeoJSON(CASE WHEN t.geom IS NULL THEN t.centroid WHEN $2 THEN t.geom ELSE coalesce(t.geom_display, t.geom) END, $3)::json,
    'properties', json_build_object(
      'id', t.id, 'code', t.code, 'name', t.name, 'level', t.level_id,
      'parent_id', t.parent_id, 'population', t.population)
  ) ORDER BY t.id), '[]'::json)
)::text AS body
FROM territory AS t
WHERE t.level_id = $1
