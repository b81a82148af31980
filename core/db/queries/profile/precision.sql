-- How precisely the requests of a territory were located before generalization, for a month range.
-- $1 territory id, $2 first month, $3 last month
SELECT r.precision, count(*)::integer AS n
FROM request AS r
JOIN place_territory AS pt ON pt.place_id = r.place_id AND pt.territory_id = $1
WHERE r.month BETWEEN $2::date AND $3::date
GROUP BY r.precision
ORDER BY r.precision
