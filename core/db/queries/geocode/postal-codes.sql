-- One page of the user-loaded postal codes, by code. $1: the last code of the previous page ('' first), $2: page size.
SELECT p.code::text AS code, ST_X(p.centroid) AS lon, ST_Y(p.centroid) AS lat
FROM postal_code AS p
WHERE p.code > $1
ORDER BY p.code
LIMIT $2
