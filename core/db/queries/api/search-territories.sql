-- Territories of every level whose name matches a search, best first: the whole name, then the start of
-- the name, then the start of a word, larger levels and populations first within each.
-- $1 the search's name key (core/domain/name-key.ts), $2 how many
SELECT t.id AS territory_id, t.level_id AS level, t.name, p.name AS parent_name,
       ST_X(t.centroid) AS lon, ST_Y(t.centroid) AS lat,
       ST_XMin(t.geom_display) AS min_lon, ST_YMin(t.geom_display) AS min_lat,
       ST_XMax(t.geom_display) AS max_lon, ST_YMax(t.geom_display) AS max_lat
FROM territory AS t
JOIN level AS l ON l.id = t.level_id
LEFT JOIN territory AS p ON p.id = t.parent_id
WHERE t.name_key LIKE $1 || '%' OR t.name_key LIKE '% ' || $1 || '%'
ORDER BY CASE WHEN t.name_key = $1 THEN 0 WHEN t.name_key LIKE $1 || '%' THEN 1 ELSE 2 END,
         l.rank, t.population DESC NULLS LAST, t.name, t.id
LIMIT $2::integer
