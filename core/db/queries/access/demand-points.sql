-- The demand points of the accessibility engine: the smallest populated units with a point, i.e. every
-- neighbourhood and every municipality not divided into neighbourhoods (Montréal, Québec), at its
-- centroid. `urban` picks the urban catchment: a neighbourhood, or a municipality of 10,000 or more.
SELECT t.id, t.population, ST_X(t.centroid) AS lon, ST_Y(t.centroid) AS lat,
       (t.level_id = 'neighbourhood' OR t.population >= 10000) AS urban
FROM territory AS t
WHERE coalesce(t.population, 0) > 0
  AND (t.level_id = 'neighbourhood'
       OR (t.level_id = 'municipality'
           AND NOT EXISTS (SELECT 1 FROM territory AS n
                           WHERE n.level_id = 'neighbourhood' AND n.attributes->>'city' = t.name AND n.parent_id = t.parent_id)))
ORDER BY t.id
