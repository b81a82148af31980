-- The populated places the demo draws from: every neighbourhood, and every municipality not already
-- divided into neighbourhoods ($1: codes of those municipalities). Each carries its chain of territories
-- and the deprivation of the smallest territory that has one.
SELECT t.id, t.level_id, t.code, t.name, t.population,
       ST_X(t.centroid) AS lon, ST_Y(t.centroid) AS lat,
       CASE WHEN t.level_id = 'neighbourhood' THEN ST_AsGeoJSON(t.geom, 5) END AS geometry,
       t.attributes->>'city' AS city,
       t.attributes->>'postal_code' AS postal_code,
       CASE WHEN t.level_id = 'municipality' THEN t.id ELSE city_municipality.id END AS municipality_id,
       mrc.id AS mrc_id,
       mrc.code AS mrc_code,
       region.id AS region_id,
       coalesce(own.deprivation, of_mrc.deprivation) AS deprivation
FROM territory AS t
LEFT JOIN territory AS mrc ON mrc.id = t.parent_id AND mrc.level_id = 'mrc'
LEFT JOIN territory AS region ON region.id = mrc.parent_id
LEFT JOIN territory AS city_municipality
  ON t.level_id = 'neighbourhood' AND city_municipality.level_id = 'municipality'
  AND city_municipality.parent_id = mrc.id AND city_municipality.name = t.attributes->>'city'
LEFT JOIN territory_deprivation AS own ON own.territory_id = t.id
LEFT JOIN territory_deprivation AS of_mrc ON of_mrc.territory_id = mrc.id
WHERE coalesce(t.population, 0) > 0
  AND (t.level_id = 'neighbourhood' OR (t.level_id = 'municipality' AND NOT t.code = ANY($1::text[])))
ORDER BY t.level_id, t.code
