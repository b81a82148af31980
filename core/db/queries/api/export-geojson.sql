-- The display geometry of every territory of a level, as GeoJSON text per territory, for the metrics export.
-- $1 level id, $2 coordinate decimals
SELECT t.id AS territory_id,
       ST_AsGeoJSON(CASE WHEN t.geom IS NULL THEN t.centroid ELSE coalesce(t.geom_display, t.geom) END, $2) AS geometry
FROM territory AS t
WHERE t.level_id = $1
ORDER BY t.id
