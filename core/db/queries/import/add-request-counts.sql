-- Adds an import's requests (import_count) to request_count (what refresh-request-count.sql computes
-- over all requests), so an import costs its own rows, not every stored one.
INSERT INTO request_count (territory_id, category_id, month, outcome, channel, age_group, n)
SELECT pt.territory_id, a.category_id, a.month, a.outcome, a.channel, a.age_group, sum(a.n)
FROM import_count AS a
JOIN place_territory AS pt ON pt.place_id = a.place_id
GROUP BY pt.territory_id, a.category_id, a.month, a.outcome, a.channel, a.age_group
ON CONFLICT (territory_id, category_id, month, outcome, channel, age_group) DO UPDATE SET n = request_count.n + excluded.n
