-- FSA centroids, the geocoder's last resort.
SELECT f.code::text AS code, ST_X(f.centroid) AS lon, ST_Y(f.centroid) AS lat
FROM fsa AS f
ORDER BY f.code
