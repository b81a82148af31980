-- Demo places inside a neighbourhood get the FSA whose centroid is nearest (no FSA polygons are open).
UPDATE place AS p
SET fsa = (SELECT f.code FROM fsa AS f ORDER BY f.centroid <-> p.point LIMIT 1)
WHERE p.fsa IS NULL AND p.place_key LIKE 'demo:%'
