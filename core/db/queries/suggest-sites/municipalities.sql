-- Municipalities as candidate sites: each one's official code and its point (point on surface, or the
-- gazetteer point), by code.
SELECT code, ST_X(centroid) AS lon, ST_Y(centroid) AS lat
FROM territory
WHERE level_id = 'municipality'
ORDER BY code
