-- The municipality gazetteer for the offline geocoder: points, MRC, town-hall postal code, designation.
SELECT t.id, t.code, t.name, t.attributes->>'designation' AS designation, t.parent_id AS mrc_id, t.population,
       ST_X(t.centroid) AS lon, ST_Y(t.centroid) AS lat, t.attributes->>'postal_code' AS postal_code
FROM territory AS t
WHERE t.level_id = 'municipality'
ORDER BY t.id
