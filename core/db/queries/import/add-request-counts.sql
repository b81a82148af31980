-- Adds the requests of import $1 to request_count (what refresh-request-count.sql computes over all
-- requests), so an import costs its own rows, not every stored one. Grouped by place first: a place is
-- in several territories, and there are far fewer place groups than requests.
INSERT INTO request_count (territory_id, category_id, month, outcome, channel, age_group, n)
SELECT pt.territory_id, a.category_id, a.month, a.outcome, a.channel, a.age_group, sum(a.n)
FROM (
  SELECT r.place_id, coalesce(c.parent_id, c.id) AS category_id, r.month, r.outcome, r.channel, r.age_group, count(*) AS n
  FROM request AS r
  JOIN category AS c ON c.id = r.category_id
  WHERE r.import_id = $1
  GROUP BY r.place_id, coalesce(c.parent_id, c.id), r.month, r.outcome, r.channel, r.age_group
) AS a
JOIN place_territory AS pt ON pt.place_id = a.place_id
GROUP BY pt.territory_id, a.category_id, a.month, a.outcome, a.channel, a.age_group
ON CONFLICT (territory_id, category_id, month, outcome, channel, age_group) DO UPDATE SET n = request_count.n + excluded.n
