-- Requests per place × top-level category × month: all of them and the unmet ones (008_place_count.sql).
INSERT INTO place_count (place_id, category_id, month, demand, unmet)
SELECT r.place_id, coalesce(c.parent_id, c.id), r.month, count(*), count(*) FILTER (WHERE r.outcome = 'unmet')
FROM request AS r
JOIN category AS c ON c.id = r.category_id
GROUP BY r.place_id, coalesce(c.parent_id, c.id), r.month
