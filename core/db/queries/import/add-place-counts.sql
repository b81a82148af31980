-- Adds an import's requests (import_count) to place_count (what refresh-place-count.sql computes over all requests).
INSERT INTO place_count (place_id, category_id, month, demand, unmet)
SELECT place_id, category_id, month, sum(n), coalesce(sum(n) FILTER (WHERE outcome = 'unmet'), 0)
FROM import_count
GROUP BY place_id, category_id, month
ON CONFLICT (place_id, category_id, month) DO UPDATE SET demand = place_count.demand + excluded.demand, unmet = place_count.unmet + excluded.unmet
