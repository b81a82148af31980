-- Loads one polygon level from GeoJSON features. Geometries are made valid and multi; the display
-- simplification comes from its own file, matched on code; the parent is found by its code.
-- $1 level id, $2 json array of features (full), $3 json array of features (display), $4 parent level id
WITH full_features AS (
  SELECT x->'properties' AS p,
         ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON((x->'geometry')::text), 4326)), 3)) AS geom
  FROM json_array_elements($2::json) AS x
), display_features AS (
  SELECT x->'properties'->>'code' AS code,
         ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_SetSRID(ST_GeomFromGeoJSON((x->'geometry')::text), 4326)), 3)) AS geom
  FROM json_array_elements($3::json) AS x
)
INSERT INTO territory (level_id, code, name, name_key, parent_id, population, population_source,
                       geom, geom_display, centroid, area_km2, attributes)
SELECT $1, f.p->>'code', f.p->>'name', f.p->>'name_key', parent.id,
       (f.p->>'population')::integer, f.p->>'population_source',
       f.geom, coalesce(d.geom, f.geom), ST_PointOnSurface(f.geom), ST_Area(f.geom::geography) / 1e6,
       coalesce(f.p->'attributes', '{}'::json)::jsonb
FROM full_features AS f
LEFT JOIN display_features AS d ON d.code = f.p->>'code'
LEFT JOIN territory AS parent ON parent.level_id = $4 AND parent.code = f.p->>'parent_code'
ON CONFLICT (level_id, code) DO UPDATE
SET name = excluded.name, name_key = excluded.name_key, parent_id = excluded.parent_id,
    population = excluded.population, population_source = excluded.population_source,
    geom = excluded.geom, geom_display = excluded.geom_display, centroid = excluded.centroid,
    area_km2 = excluded.area_km2, attributes = excluded.attributes
