-- The features of one vector tile in tile coordinates, for PGlite: its PostGIS is built without
-- protobuf, so neither ST_AsMVTGeom nor ST_AsMVT exists there. This does what ST_AsMVTGeom does, step
-- by step: project to Web Mercator, clip to the buffered tile, scale to the tile's integer grid (y
-- down), snap, drop collinear points and repair what snapping broke. server/tiles/encode-mvt.ts then
-- writes the protobuf.
-- $1 level id, $2 z, $3 x, $4 y, $5 true for full geometry (else the display simplification),
-- $6 extent, $7 buffer (tile units)
WITH tile AS (
  SELECT ST_XMin(envelope) AS x0, ST_YMax(envelope) AS y0,
         $6::integer / (ST_XMax(envelope) - ST_XMin(envelope)) AS scale,
         clip, ST_Transform(clip, 4326) AS area
  FROM (SELECT ST_TileEnvelope($2::integer, $3::integer, $4::integer) AS envelope,
               ST_TileEnvelope($2::integer, $3::integer, $4::integer, margin => $7::float8 / $6::integer) AS clip) AS envelopes
), projected AS (
  SELECT t.id, t.code, t.name, t.level_id AS level, t.parent_id, t.population,
         CASE WHEN t.geom IS NULL
           THEN ST_SnapToGrid(ST_TransScale(ST_Transform(t.centroid, 3857), -tile.x0, -tile.y0, tile.scale, -tile.scale), 1)
           -- Simplifying with tolerance 0 drops the points that snapping left on straight lines. The
           -- 'structure' repair (rings unioned, holes subtracted) is what snapping needs, at a third of
           -- the cost of the default method on PGlite.
           ELSE ST_CollectionExtract(ST_MakeValid(ST_Simplify(ST_SnapToGrid(ST_TransScale(
                  ST_ClipByBox2D(ST_Transform(CASE WHEN $5::boolean THEN t.geom ELSE coalesce(t.geom_display, t.geom) END, 3857), tile.clip::box2d),
                  -tile.x0, -tile.y0, tile.scale, -tile.scale), 1), 0), 'method=structure'), 3)
         END AS geom
  FROM territory AS t, tile
  WHERE t.level_id = $1
    AND (t.geom && tile.area OR (t.geom IS NULL AND t.centroid && tile.area))
)
SELECT id, code, name, level, parent_id, population, ST_AsGeoJSON(geom, 0) AS geometry
FROM projected
WHERE geom IS NOT NULL AND NOT ST_IsEmpty(geom)
ORDER BY id
