-- Every level with its number of territories and their population, largest units first.
SELECT l.id, l.label_fr, l.label_en, l.geometry_kind AS geometry, l.parent_level,
       count(t.id) AS territory_count, coalesce(sum(t.population), 0) AS population
FROM level AS l
LEFT JOIN territory AS t ON t.level_id = l.id
GROUP BY l.id
ORDER BY l.rank, l.id
