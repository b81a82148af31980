-- One Mapbox Vector Tile of a level's territories, encoded by PostGIS. The tile carries no counts:
-- only id, code, name, level, parent_id and population, as /api/territories. PGlite has no protobuf,
-- so it runs tiles/features.sql instead and the server encodes the same layer.
-- $1 level id, $2 z, $3 x, $4 y, $5 true for full geometry (else the display simplification),
-- $6 extent, $7 buffer (tile units), $8 layer name
WITH tile AS (
  SELECT ST_TileEnvelope($2::integer, $3::integer, $4::integer) AS envelope,
         -- The buffered tile in lon/lat, so the GiST indexes on geom and centroid pick the candidates.
         ST_Transform(ST_TileEnvelope($2::integer, $3::integer, $4::integer, margin => $7::float8 / $6::integer), 4326) AS area
), features AS (
  SELECT t.id AS feature_id, t.id, t.code, t.name, t.level_id AS level, t.parent_id, t.population,
         ST_AsMVTGeom(
           ST_Transform(CASE WHEN t.geom IS NULL THEN t.centroid WHEN $5::boolean THEN t.geom ELSE coalesce(t.geom_display, t.geom) END, 3857),
           tile.envelope, $6::integer, $7::integer, true) AS geom
  FROM territory AS t, tile
  WHERE t.level_id = $1
    AND (t.geom && tile.area OR (t.geom IS NULL AND t.centroid && tile.area))
)
SELECT ST_AsMVT(features, $8::text, $6::integer, 'geom', 'feature_id' ORDER BY feature_id) AS tile
FROM features
WHERE geom IS NOT NULL
