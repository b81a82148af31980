-- Adds the requests of import $1 to place_count (what refresh-place-count.sql computes over all requests).
INSERT INTO place_count (place_id, category_id, month, demand, unmet)
SELECT r.place_id, coalesce(c.parent_id, c.id), r.month, count(*), count(*) FILTER (WHERE r.outcome = 'unmet')
FROM request AS r
JOIN category AS c ON c.id = r.category_id
WHERE r.import_id = $1
GROUP BY r.place_id, coalesce(c.parent_id, c.id), r.month
ON CONFLICT (place_id, category_id, month) DO UPDATE SET demand = place_count.demand + excluded.demand, unmet = place_count.unmet + excluded.unmet
